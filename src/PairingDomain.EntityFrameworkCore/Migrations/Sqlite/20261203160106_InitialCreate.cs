using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PairingDomain.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stored_cases",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    format_version = table.Column<int>(type: "INTEGER", nullable: false),
                    edition_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    as_of = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_cases", x => x.case_key);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    leader_id = table.Column<string>(type: "TEXT", nullable: true),
                    on_date = table.Column<string>(type: "TEXT", nullable: false),
                    at_instant = table.Column<string>(type: "TEXT", nullable: true),
                    county_code = table.Column<string>(type: "TEXT", nullable: true),
                    village_code = table.Column<string>(type: "TEXT", nullable: true),
                    topics = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => new { x.case_key, x.activity_id });
                    table.ForeignKey(
                        name: "FK_activities_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attendance",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    month = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    days_in_village = table.Column<int>(type: "INTEGER", nullable: false),
                    leave_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance", x => new { x.case_key, x.cadre_id, x.month });
                    table.ForeignKey(
                        name: "FK_attendance_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_grades",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    grade = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_grades", x => new { x.case_key, x.cadre_id, x.year });
                    table.ForeignKey(
                        name: "FK_cadre_grades_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_reviews",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    reviewed_on = table.Column<string>(type: "TEXT", nullable: false),
                    duties_fulfilled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_reviews", x => new { x.case_key, x.seq });
                    table.ForeignKey(
                        name: "FK_cadre_reviews_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadre_work",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    work_plan = table.Column<bool>(type: "INTEGER", nullable: false),
                    work_ledger = table.Column<bool>(type: "INTEGER", nullable: false),
                    home_unit_duties = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadre_work", x => new { x.case_key, x.cadre_id, x.year });
                    table.ForeignKey(
                        name: "FK_cadre_work_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cadres",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: false),
                    post = table.Column<string>(type: "TEXT", nullable: false),
                    posted_from = table.Column<string>(type: "TEXT", nullable: false),
                    posted_to = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadres", x => new { x.case_key, x.cadre_id });
                    table.ForeignKey(
                        name: "FK_cadres_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "committee_activities",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    on_date = table.Column<string>(type: "TEXT", nullable: false),
                    at_instant = table.Column<string>(type: "TEXT", nullable: true),
                    trainees = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committee_activities", x => new { x.case_key, x.activity_id });
                    table.ForeignKey(
                        name: "FK_committee_activities_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "counties",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    county_code = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    region = table.Column<string>(type: "TEXT", nullable: false),
                    planned_delisting_year = table.Column<int>(type: "INTEGER", nullable: false),
                    delisted_year = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counties", x => new { x.case_key, x.county_code });
                    table.ForeignKey(
                        name: "FK_counties_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "county_indicators",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    county_code = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    poverty_incidence = table.Column<string>(type: "TEXT", nullable: false),
                    townships = table.Column<int>(type: "INTEGER", nullable: false),
                    townships_with_school = table.Column<int>(type: "INTEGER", nullable: false),
                    townships_with_health_centre = table.Column<int>(type: "INTEGER", nullable: false),
                    townships_with_service_centre = table.Column<int>(type: "INTEGER", nullable: false),
                    wrongful_exit_rate = table.Column<string>(type: "TEXT", nullable: false),
                    missed_registration_rate = table.Column<string>(type: "TEXT", nullable: false),
                    approval_rate = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_county_indicators", x => new { x.case_key, x.county_code, x.year });
                    table.ForeignKey(
                        name: "FK_county_indicators_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "county_pairing_participants",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    pairing_seq = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_county_pairing_participants", x => new { x.case_key, x.pairing_seq, x.position });
                    table.ForeignKey(
                        name: "FK_county_pairing_participants_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "county_pairings",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    county_code = table.Column<string>(type: "TEXT", nullable: false),
                    lead_unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<string>(type: "TEXT", nullable: false),
                    valid_to = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_county_pairings", x => new { x.case_key, x.seq });
                    table.ForeignKey(
                        name: "FK_county_pairings_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "household_indicators",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    household = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: false),
                    net_income_per_capita = table.Column<string>(type: "TEXT", nullable: false),
                    food_and_clothing = table.Column<bool>(type: "INTEGER", nullable: false),
                    education = table.Column<bool>(type: "INTEGER", nullable: false),
                    medical = table.Column<bool>(type: "INTEGER", nullable: false),
                    housing = table.Column<bool>(type: "INTEGER", nullable: false),
                    water = table.Column<bool>(type: "INTEGER", nullable: false),
                    electricity = table.Column<bool>(type: "INTEGER", nullable: false),
                    broadcast = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_indicators", x => new { x.case_key, x.household, x.year });
                    table.ForeignKey(
                        name: "FK_household_indicators_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "leaders",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    leader_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    tenure_from = table.Column<string>(type: "TEXT", nullable: false),
                    tenure_to = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leaders", x => new { x.case_key, x.unit_id, x.leader_id });
                    table.ForeignKey(
                        name: "FK_leaders_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "local_cadres",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    cadre_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    level = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: false),
                    post = table.Column<string>(type: "TEXT", nullable: false),
                    posted_from = table.Column<string>(type: "TEXT", nullable: false),
                    posted_to = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_cadres", x => new { x.case_key, x.cadre_id });
                    table.ForeignKey(
                        name: "FK_local_cadres_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outcomes",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    county_code = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: true),
                    on_date = table.Column<string>(type: "TEXT", nullable: false),
                    measure = table.Column<string>(type: "TEXT", nullable: false),
                    amount = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outcomes", x => new { x.case_key, x.activity_id });
                    table.ForeignKey(
                        name: "FK_outcomes_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "party_pairings",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<string>(type: "TEXT", nullable: false),
                    valid_to = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_pairings", x => new { x.case_key, x.seq });
                    table.ForeignKey(
                        name: "FK_party_pairings_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    unit_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    leadership_team = table.Column<bool>(type: "INTEGER", nullable: false),
                    undertaking_office = table.Column<string>(type: "TEXT", nullable: true),
                    all_staff = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => new { x.case_key, x.unit_id });
                    table.ForeignKey(
                        name: "FK_units_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "village_indicators",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    poverty_incidence = table.Column<string>(type: "TEXT", nullable: false),
                    collective_income = table.Column<string>(type: "TEXT", nullable: false),
                    hardened_road = table.Column<bool>(type: "INTEGER", nullable: false),
                    clinic = table.Column<bool>(type: "INTEGER", nullable: false),
                    culture_room = table.Column<bool>(type: "INTEGER", nullable: false),
                    network = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_indicators", x => new { x.case_key, x.village_code, x.year });
                    table.ForeignKey(
                        name: "FK_village_indicators_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "villages",
                columns: table => new
                {
                    case_key = table.Column<string>(type: "TEXT", nullable: false),
                    village_code = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    county_code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    planned_exit_year = table.Column<int>(type: "INTEGER", nullable: false),
                    exited_year = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_villages", x => new { x.case_key, x.village_code });
                    table.ForeignKey(
                        name: "FK_villages_stored_cases_case_key",
                        column: x => x.case_key,
                        principalTable: "stored_cases",
                        principalColumn: "case_key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_case_key_seq",
                table: "activities",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attendance_case_key_seq",
                table: "attendance",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cadre_grades_case_key_seq",
                table: "cadre_grades",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cadre_reviews_case_key_seq",
                table: "cadre_reviews",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cadre_work_case_key_seq",
                table: "cadre_work",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cadres_case_key_seq",
                table: "cadres",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_committee_activities_case_key_seq",
                table: "committee_activities",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_counties_case_key_seq",
                table: "counties",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_county_indicators_case_key_seq",
                table: "county_indicators",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_county_pairings_case_key_seq",
                table: "county_pairings",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_household_indicators_case_key_seq",
                table: "household_indicators",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leaders_case_key_seq",
                table: "leaders",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_local_cadres_case_key_seq",
                table: "local_cadres",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outcomes_case_key_seq",
                table: "outcomes",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_party_pairings_case_key_seq",
                table: "party_pairings",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_units_case_key_seq",
                table: "units",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_village_indicators_case_key_seq",
                table: "village_indicators",
                columns: new[] { "case_key", "seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_villages_case_key_seq",
                table: "villages",
                columns: new[] { "case_key", "seq" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "cadre_grades");

            migrationBuilder.DropTable(
                name: "cadre_reviews");

            migrationBuilder.DropTable(
                name: "cadre_work");

            migrationBuilder.DropTable(
                name: "cadres");

            migrationBuilder.DropTable(
                name: "committee_activities");

            migrationBuilder.DropTable(
                name: "counties");

            migrationBuilder.DropTable(
                name: "county_indicators");

            migrationBuilder.DropTable(
                name: "county_pairing_participants");

            migrationBuilder.DropTable(
                name: "county_pairings");

            migrationBuilder.DropTable(
                name: "household_indicators");

            migrationBuilder.DropTable(
                name: "leaders");

            migrationBuilder.DropTable(
                name: "local_cadres");

            migrationBuilder.DropTable(
                name: "outcomes");

            migrationBuilder.DropTable(
                name: "party_pairings");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "village_indicators");

            migrationBuilder.DropTable(
                name: "villages");

            migrationBuilder.DropTable(
                name: "stored_cases");
        }
    }
}
