using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowTalent.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InboxOwnerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Owner_Status",
                table: "Tasks",
                columns: new[] { "Owner", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Owner_Status",
                table: "Tasks");
        }
    }
}
