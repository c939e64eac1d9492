using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wayfinder.Data.Migrations.Postgres
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
                    DrugCode = table.Column<int>(type: "integer", nullable: false),
                    Din = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BrandName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Descriptor = table.Column<string>(type: "text", nullable: true),
                    Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AtcCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AtcName = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DosageForms = table.Column<string>(type: "text", nullable: false),
                    Routes = table.Column<string>(type: "text", nullable: false),
                    ImportRunId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrugProducts", x => x.DrugCode);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrugIngredients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DrugCode = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Strength = table.Column<string>(type: "text", nullable: false),
                    StrengthUnit = table.Column<string>(type: "text", nullable: false),
                    DosageValue = table.Column<string>(type: "text", nullable: true),
                    DosageUnit = table.Column<string>(type: "text", nullable: true)
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
