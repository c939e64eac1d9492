using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wayfinder.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrialSiteFinderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TrialIsNeuroendocrine",
                table: "TrialSites",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TrialLastUpdated",
                table: "TrialSites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrialStatus",
                table: "TrialSites",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Sites stored before this migration take their trial's values.
            migrationBuilder.Sql("""
                UPDATE "TrialSites" SET
                    "TrialIsNeuroendocrine" = (SELECT t."IsNeuroendocrine" FROM "Trials" t WHERE t."NctId" = "TrialSites"."NctId"),
                    "TrialStatus" = (SELECT t."OverallStatus" FROM "Trials" t WHERE t."NctId" = "TrialSites"."NctId"),
                    "TrialLastUpdated" = (SELECT t."LastUpdated" FROM "Trials" t WHERE t."NctId" = "TrialSites"."NctId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_TrialSites_Finder",
                table: "TrialSites",
                columns: new[] { "TrialIsNeuroendocrine", "TrialStatus", "Latitude", "Longitude", "NctId", "TrialLastUpdated" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrialSites_Finder",
                table: "TrialSites");

            migrationBuilder.DropColumn(
                name: "TrialIsNeuroendocrine",
                table: "TrialSites");

            migrationBuilder.DropColumn(
                name: "TrialLastUpdated",
                table: "TrialSites");

            migrationBuilder.DropColumn(
                name: "TrialStatus",
                table: "TrialSites");
        }
    }
}
