using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerGraph.Customers.CustomFields;

internal sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> builder)
    {
        builder.ToTable("CustomFieldDefinitions");
        builder.Property(definition => definition.Id).ValueGeneratedNever();
        builder.Property(definition => definition.EntityType).HasConversion<string>().HasMaxLength(32);
        builder.Property(definition => definition.Key).HasMaxLength(CustomFieldRules.MaxKeyLength);
        builder.Property(definition => definition.Title).HasMaxLength(Validator.MaxNameLength);
        builder.Property(definition => definition.Description).HasMaxLength(CustomFieldRules.MaxTextLength);
        builder.Property(definition => definition.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(definition => definition.Currency).HasMaxLength(3);
        builder.Property(definition => definition.Minimum).HasPrecision(28, 8);
        builder.Property(definition => definition.Maximum).HasPrecision(28, 8);
        builder.Property(definition => definition.Unit).HasMaxLength(32);
        builder.Property(definition => definition.Pattern).HasMaxLength(1000);
        builder.Property(definition => definition.Version).IsConcurrencyToken();
        builder
            .HasOne<Account>()
            .WithMany()
            .HasForeignKey(definition => definition.AccountId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(definition => new { definition.AccountId, definition.Key }).IsUnique();
        builder.HasIndex(definition => new { definition.AccountId, definition.EntityType });
    }
}
