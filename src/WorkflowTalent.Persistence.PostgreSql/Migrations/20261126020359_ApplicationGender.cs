using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowTalent.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationGender : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Gender",
                table: "PlanApplications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Gender",
                table: "PlanApplications");
        }
    }
}
