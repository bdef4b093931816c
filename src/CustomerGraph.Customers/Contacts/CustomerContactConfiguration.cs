using CustomerGraph.Customers.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerGraph.Customers.Contacts;

internal sealed class CustomerContactConfiguration : IEntityTypeConfiguration<CustomerContact>
{
    public void Configure(EntityTypeBuilder<CustomerContact> builder)
    {
        builder.ToTable("CustomerContacts");
        builder.Property(contact => contact.Id).ValueGeneratedNever();
        builder.Property(contact => contact.Name).HasMaxLength(Validator.MaxNameLength);
        builder.Property(contact => contact.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(contact => contact.Role).HasMaxLength(Validator.MaxNameLength);
        builder.Property(contact => contact.Email).HasMaxLength(Validator.MaxNameLength);
        builder.Property(contact => contact.PhoneNumber).HasMaxLength(16);
        builder.Property(contact => contact.Note).HasMaxLength(ContactRules.MaxNoteLength);
        builder.Property(contact => contact.Version).IsConcurrencyToken();
        builder
            .HasOne(contact => contact.Customer)
            .WithMany(customer => customer.Contacts)
            .HasForeignKey(contact => contact.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        // The per-customer window of the contacts loader reads this index in order.
        builder.HasIndex(contact => new
        {
            contact.CustomerId,
            contact.Name,
            contact.Id,
        });
    }
}
