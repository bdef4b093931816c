using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerGraph.Customers.AssetAssignments;

internal sealed class CustomerAssetAssignmentConfiguration : IEntityTypeConfiguration<CustomerAssetAssignment>
{
    public void Configure(EntityTypeBuilder<CustomerAssetAssignment> builder)
    {
        builder.ToTable("CustomerAssetAssignments");
        builder.Property(assignment => assignment.Id).ValueGeneratedNever();
        builder.Property(assignment => assignment.AssignmentType).HasConversion<string>().HasMaxLength(32);
        builder.Property(assignment => assignment.Note).HasMaxLength(AssetAssignmentRules.MaxNoteLength);
        builder
            .HasOne(assignment => assignment.Customer)
            .WithMany(customer => customer.Assignments)
            .HasForeignKey(assignment => assignment.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .HasOne(assignment => assignment.Asset)
            .WithMany()
            .HasForeignKey(assignment => assignment.AssetId)
            .OnDelete(DeleteBehavior.Cascade);

        builder
            .HasIndex(assignment => new
            {
                assignment.CustomerId,
                assignment.AssetId,
                assignment.AssignmentType,
            })
            .IsUnique();
        // Per-customer windows (all types, or filtered by type) and the per-asset reverse lookup.
        builder.HasIndex(assignment => new
        {
            assignment.CustomerId,
            assignment.AssignedAt,
            assignment.Id,
        });
        builder.HasIndex(assignment => new
        {
            assignment.CustomerId,
            assignment.AssignmentType,
            assignment.AssignedAt,
            assignment.Id,
        });
        builder.HasIndex(assignment => new
        {
            assignment.AssetId,
            assignment.AssignedAt,
            assignment.Id,
        });
    }
}
