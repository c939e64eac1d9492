using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wayfinder.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Trials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PostalAreas",
                columns: table => new
                {
                    Fsa = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: false),
                    Province = table.Column<string>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostalAreas", x => x.Fsa);
                });

            migrationBuilder.CreateTable(
                name: "Trials",
                columns: table => new
                {
                    NctId = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    BriefTitle = table.Column<string>(type: "TEXT", nullable: false),
                    OfficialTitle = table.Column<string>(type: "TEXT", nullable: true),
                    Acronym = table.Column<string>(type: "TEXT", nullable: true),
                    OverallStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusVerified = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastUpdated = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sponsor = table.Column<string>(type: "TEXT", nullable: true),
                    BriefSummary = table.Column<string>(type: "TEXT", nullable: true),
                    Phases = table.Column<string>(type: "TEXT", nullable: false),
                    StudyType = table.Column<string>(type: "TEXT", nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    EligibilityCriteria = table.Column<string>(type: "TEXT", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", nullable: true),
                    MinimumAgeYears = table.Column<int>(type: "INTEGER", nullable: true),
                    MaximumAgeYears = table.Column<int>(type: "INTEGER", nullable: true),
                    HealthyVolunteers = table.Column<bool>(type: "INTEGER", nullable: true),
                    ImportRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trials", x => x.NctId);
                });

            migrationBuilder.CreateTable(
                name: "TrialSites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NctId = table.Column<string>(type: "TEXT", nullable: false),
                    Facility = table.Column<string>(type: "TEXT", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Zip = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrialSites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrialSites_Trials_NctId",
                        column: x => x.NctId,
                        principalTable: "Trials",
                        principalColumn: "NctId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Trials_LastUpdated",
                table: "Trials",
                column: "LastUpdated");

            migrationBuilder.CreateIndex(
                name: "IX_Trials_OverallStatus",
                table: "Trials",
                column: "OverallStatus");

            migrationBuilder.CreateIndex(
                name: "IX_TrialSites_City",
                table: "TrialSites",
                column: "City");

            migrationBuilder.CreateIndex(
                name: "IX_TrialSites_Latitude_Longitude",
                table: "TrialSites",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_TrialSites_NctId",
                table: "TrialSites",
                column: "NctId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostalAreas");

            migrationBuilder.DropTable(
                name: "TrialSites");

            migrationBuilder.DropTable(
                name: "Trials");
        }
    }
}
