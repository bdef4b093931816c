using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerGraph.Customers.Assets;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.ToTable("Assets");
        builder.Property(asset => asset.Id).ValueGeneratedNever();
        builder.Property(asset => asset.Name).HasMaxLength(Validator.MaxNameLength);
        builder.Property(asset => asset.SerialNumber).HasMaxLength(Validator.MaxNameLength);
        builder.Property(asset => asset.Brand).HasMaxLength(Validator.MaxNameLength);
        builder.Property(asset => asset.Model).HasMaxLength(Validator.MaxNameLength);
        builder.Property(asset => asset.AssetType).HasConversion<string>().HasMaxLength(32);
        builder
            .HasOne<Account>()
            .WithMany()
            .HasForeignKey(asset => asset.AccountId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(asset => new
        {
            asset.AccountId,
            asset.Name,
            asset.Id,
        });
        builder.HasIndex(asset => new { asset.AccountId, asset.SerialNumber });
    }
}
