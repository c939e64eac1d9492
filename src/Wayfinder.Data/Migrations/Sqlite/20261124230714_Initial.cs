using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wayfinder.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DrugProducts",
                columns: table => new
                {
                    DrugCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Din = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BrandName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Descriptor = table.Column<string>(type: "TEXT", nullable: true),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtcCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AtcName = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DosageForms = table.Column<string>(type: "TEXT", nullable: false),
                    Routes = table.Column<string>(type: "TEXT", nullable: false),
                    ImportRunId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrugProducts", x => x.DrugCode);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrugIngredients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DrugCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Strength = table.Column<string>(type: "TEXT", nullable: false),
                    StrengthUnit = table.Column<string>(type: "TEXT", nullable: false),
                    DosageValue = table.Column<string>(type: "TEXT", nullable: true),
                    DosageUnit = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrugIngredients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrugIngredients_DrugProducts_DrugCode",
                        column: x => x.DrugCode,
                        principalTable: "DrugProducts",
                        principalColumn: "DrugCode",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DrugIngredients_DrugCode",
                table: "DrugIngredients",
                column: "DrugCode");

            migrationBuilder.CreateIndex(
                name: "IX_DrugIngredients_Name",
                table: "DrugIngredients",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_DrugProducts_AtcCode",
                table: "DrugProducts",
                column: "AtcCode");

            migrationBuilder.CreateIndex(
                name: "IX_DrugProducts_Din",
                table: "DrugProducts",
                column: "Din");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Kind_FinishedAt",
                table: "ImportRuns",
                columns: new[] { "Kind", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DrugIngredients");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropTable(
                name: "DrugProducts");
        }
    }
}
