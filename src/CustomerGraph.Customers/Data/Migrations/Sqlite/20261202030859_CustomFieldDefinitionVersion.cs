using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CustomerGraph.Customers.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomFieldDefinitionVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CustomFieldDefinitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "CustomFieldDefinitions");
        }
    }
}
