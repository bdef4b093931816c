using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerGraph.Customers.CustomFields;

internal sealed class CustomFieldValueConfiguration : IEntityTypeConfiguration<CustomFieldValue>
{
    public void Configure(EntityTypeBuilder<CustomFieldValue> builder)
    {
        builder.ToTable("CustomFieldValues");
        builder.Property(value => value.Id).ValueGeneratedNever();
        builder
            .HasOne(value => value.Customer)
            .WithMany(customer => customer.CustomFieldValues)
            .HasForeignKey(value => value.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(value => value.Definition)
            .WithMany()
            .HasForeignKey(value => value.DefinitionId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(value => new { value.CustomerId, value.DefinitionId }).IsUnique();
        builder.HasIndex(value => value.DefinitionId);
    }
}
