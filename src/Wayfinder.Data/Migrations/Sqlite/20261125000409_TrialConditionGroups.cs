using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wayfinder.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrialConditionGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsNeuroendocrine",
                table: "Trials",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Trials_IsNeuroendocrine_OverallStatus",
                table: "Trials",
                columns: new[] { "IsNeuroendocrine", "OverallStatus" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trials_IsNeuroendocrine_OverallStatus",
                table: "Trials");

            migrationBuilder.DropColumn(
                name: "IsNeuroendocrine",
                table: "Trials");
        }
    }
}
