using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerGraph.Customers.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.Property(customer => customer.Id).ValueGeneratedNever();
        builder.Property(customer => customer.Name).HasMaxLength(Validator.MaxNameLength);
        builder.Property(customer => customer.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(customer => customer.Description).HasMaxLength(CustomerRules.MaxDescriptionLength);
        builder.Property(customer => customer.ExternalReference).HasMaxLength(Validator.MaxNameLength);
        builder.Property(customer => customer.Email).HasMaxLength(Validator.MaxNameLength);
        builder.Property(customer => customer.PhoneNumber).HasMaxLength(16);
        builder.Property(customer => customer.Website).HasMaxLength(2048);
        builder.Property(customer => customer.Version).IsConcurrencyToken();
        builder.OwnsOne(
            customer => customer.Address,
            address =>
            {
                address
                    .Property(a => a.StreetAddress)
                    .HasColumnName("AddressStreetAddress")
                    .HasMaxLength(255);
                address.Property(a => a.PostalCode).HasColumnName("AddressPostalCode").HasMaxLength(32);
                address.Property(a => a.City).HasColumnName("AddressCity").HasMaxLength(255);
                address.Property(a => a.Region).HasColumnName("AddressRegion").HasMaxLength(255);
                address.Property(a => a.Country).HasColumnName("AddressCountry").HasMaxLength(2);
            }
        );
        builder.Navigation(customer => customer.Address).IsRequired();
        builder
            .HasOne<Account>()
            .WithMany()
            .HasForeignKey(customer => customer.AccountId)
            .OnDelete(DeleteBehavior.Restrict);

        // One index per sort the list offers (keyset: sort key, then id), plus lookups.
        builder.HasIndex(customer => new
        {
            customer.AccountId,
            customer.Name,
            customer.Id,
        });
        builder.HasIndex(customer => new
        {
            customer.AccountId,
            customer.CreatedAt,
            customer.Id,
        });
        builder.HasIndex(customer => new
        {
            customer.AccountId,
            customer.UpdatedAt,
            customer.Id,
        });
        builder.HasIndex(customer => new { customer.AccountId, customer.Type });
        // NULLs are distinct in unique indexes on SQLite and PostgreSQL, so only set references must be unique.
        builder.HasIndex(customer => new { customer.AccountId, customer.ExternalReference }).IsUnique();
    }
}
