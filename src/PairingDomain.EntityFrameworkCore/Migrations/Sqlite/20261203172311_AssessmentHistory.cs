using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PairingDomain.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AssessmentHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    format_version = table.Column<int>(type: "INTEGER", nullable: false),
                    edition_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rules_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    case_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    as_of = table.Column<string>(type: "TEXT", nullable: false),
                    assessed_at = table.Column<string>(type: "TEXT", nullable: false),
                    document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cadre_actions",
                columns: table => new
                {
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_actions", x => new { x.assessment_id, x.cadre_id, x.rule });
                    table.ForeignKey(
                        name: "FK_cadre_actions_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "duty_results",
                columns: table => new
                {
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    required = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    short_periods = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duty_results", x => new { x.assessment_id, x.unit_id, x.rule });
                    table.ForeignKey(
                        name: "FK_duty_results_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "excellence_blocks",
                columns: table => new
                {
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    holder = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_excellence_blocks", x => new { x.assessment_id, x.unit_id, x.holder, x.seq });
                    table.ForeignKey(
                        name: "FK_excellence_blocks_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    chinese_message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => new { x.assessment_id, x.seq });
                    table.ForeignKey(
                        name: "FK_findings_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unit_results",
                columns: table => new
                {
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    mechanism_complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    main_leader_eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    score_points = table.Column<int>(type: "INTEGER", nullable: true),
                    score_grade = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_results", x => new { x.assessment_id, x.unit_id });
                    table.ForeignKey(
                        name: "FK_unit_results_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_case_hash_edition_id_rules_hash_as_of",
                table: "assessments",
                columns: new[] { "case_hash", "edition_id", "rules_hash", "as_of" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_year_as_of",
                table: "assessments",
                columns: new[] { "year", "as_of" });

            migrationBuilder.CreateIndex(
                name: "IX_duty_results_rule_status",
                table: "duty_results",
                columns: new[] { "rule", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadre_actions");

            migrationBuilder.DropTable(
                name: "duty_results");

            migrationBuilder.DropTable(
                name: "excellence_blocks");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "unit_results");

            migrationBuilder.DropTable(
                name: "assessments");
        }
    }
}
