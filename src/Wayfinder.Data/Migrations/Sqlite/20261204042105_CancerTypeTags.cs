using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wayfinder.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CancerTypeTags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrialSites_Finder",
                table: "TrialSites");

            migrationBuilder.DropIndex(
                name: "IX_Trials_IsNeuroendocrine_OverallStatus",
                table: "Trials");

            migrationBuilder.DropColumn(
                name: "TrialIsNeuroendocrine",
                table: "TrialSites");

            migrationBuilder.DropColumn(
                name: "IsNeuroendocrine",
                table: "Trials");

            migrationBuilder.AddColumn<string>(
                name: "ConditionCodes",
                table: "Trials",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "Trials",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "TrialCancerTypes",
                columns: table => new
                {
                    NctId = table.Column<string>(type: "TEXT", nullable: false),
                    CancerTypeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrialCancerTypes", x => new { x.CancerTypeId, x.NctId });
                    table.ForeignKey(
                        name: "FK_TrialCancerTypes_Trials_NctId",
                        column: x => x.NctId,
                        principalTable: "Trials",
                        principalColumn: "NctId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrialSiteCancerTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    CancerTypeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NctId = table.Column<string>(type: "TEXT", nullable: false),
                    TrialStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    TrialLastUpdated = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrialSiteCancerTypes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrialSiteCancerTypes_TrialSites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "TrialSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrialTaggings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Fingerprint = table.Column<string>(type: "TEXT", nullable: false),
                    TaggedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrialTaggings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrialSites_Finder",
                table: "TrialSites",
                columns: new[] { "TrialStatus", "Latitude", "Longitude", "NctId", "TrialLastUpdated" });

            migrationBuilder.CreateIndex(
                name: "IX_TrialCancerTypes_NctId",
                table: "TrialCancerTypes",
                column: "NctId");

            migrationBuilder.CreateIndex(
                name: "IX_TrialSiteCancerTypes_Finder",
                table: "TrialSiteCancerTypes",
                columns: new[] { "CancerTypeId", "TrialStatus", "Latitude", "Longitude", "NctId", "TrialLastUpdated", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrialSiteCancerTypes_SiteId",
                table: "TrialSiteCancerTypes",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrialCancerTypes");

            migrationBuilder.DropTable(
                name: "TrialSiteCancerTypes");

            migrationBuilder.DropTable(
                name: "TrialTaggings");

            migrationBuilder.DropIndex(
                name: "IX_TrialSites_Finder",
                table: "TrialSites");

            migrationBuilder.DropColumn(
                name: "ConditionCodes",
                table: "Trials");

            migrationBuilder.DropColumn(
                name: "Keywords",
                table: "Trials");

            migrationBuilder.AddColumn<bool>(
                name: "TrialIsNeuroendocrine",
                table: "TrialSites",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsNeuroendocrine",
                table: "Trials",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_TrialSites_Finder",
                table: "TrialSites",
                columns: new[] { "TrialIsNeuroendocrine", "TrialStatus", "Latitude", "Longitude", "NctId", "TrialLastUpdated" });

            migrationBuilder.CreateIndex(
                name: "IX_Trials_IsNeuroendocrine_OverallStatus",
                table: "Trials",
                columns: new[] { "IsNeuroendocrine", "OverallStatus" });
        }
    }
}
