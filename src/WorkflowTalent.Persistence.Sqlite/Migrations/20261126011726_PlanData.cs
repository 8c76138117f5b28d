using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowTalent.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanBatches",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TotalPlaces = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportInDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportInClosesUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ReminderDatesJson = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TrainingStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TrainingEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummaryDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanBatches", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PlanCounties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnglishName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsEthnicAutonomous = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCounties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanFields",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFields", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PlanSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanSettingsHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSettingsHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanQuotaAllocations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalPlaces = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanQuotaAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanQuotaAllocations_PlanBatches_BatchYear",
                        column: x => x.BatchYear,
                        principalTable: "PlanBatches",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTownships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsRemote = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTownships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTownships_PlanCounties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "PlanCounties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanCompetentDepartments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnglishName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCompetentDepartments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCompetentDepartments_PlanFields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "PlanFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanQuotaLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AllocationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsEthnicAutonomous = table.Column<bool>(type: "INTEGER", nullable: false),
                    BaseWeight = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    RemoteFigure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    CancelledLastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Base = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    EthnicTilt = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    RemoteTilt = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    CancellationPenalty = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Redistributed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Exact = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    ExplanationZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ExplanationEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanQuotaLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanQuotaLines_PlanQuotaAllocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "PlanQuotaAllocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanOriginalUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanOriginalUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanOriginalUnits_PlanCounties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "PlanCounties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanOriginalUnits_PlanTownships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "PlanTownships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanReceivingUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompetentDepartmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReceivingUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReceivingUnits_PlanCompetentDepartments_CompetentDepartmentId",
                        column: x => x.CompetentDepartmentId,
                        principalTable: "PlanCompetentDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReceivingUnits_PlanFields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "PlanFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanUnitDepartments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanUnitDepartments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanUnitDepartments_PlanReceivingUnits_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "PlanReceivingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMentors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMentors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMentors_PlanUnitDepartments_UnitDepartmentId",
                        column: x => x.UnitDepartmentId,
                        principalTable: "PlanUnitDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanApplications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BatchYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    TraineeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TraineeUserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TraineeEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Education = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsPartyMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedReceivingUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SelectionInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivingUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitDepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResearchTopic = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ExtendedFromId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanApplications_ExtendedFromId",
                        column: x => x.ExtendedFromId,
                        principalTable: "PlanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanBatches_BatchYear",
                        column: x => x.BatchYear,
                        principalTable: "PlanBatches",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanCounties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "PlanCounties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanFields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "PlanFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanMentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "PlanMentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanOriginalUnits_OriginalUnitId",
                        column: x => x.OriginalUnitId,
                        principalTable: "PlanOriginalUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanReceivingUnits_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "PlanReceivingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanReceivingUnits_RequestedReceivingUnitId",
                        column: x => x.RequestedReceivingUnitId,
                        principalTable: "PlanReceivingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanTownships_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "PlanTownships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanApplications_PlanUnitDepartments_UnitDepartmentId",
                        column: x => x.UnitDepartmentId,
                        principalTable: "PlanUnitDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanFundingEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountYuan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtendedFromYear = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFundingEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanFundingEntries_PlanApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "PlanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanFundingEntries_PlanBatches_BatchYear",
                        column: x => x.BatchYear,
                        principalTable: "PlanBatches",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanFundingEntries_PlanReceivingUnits_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "PlanReceivingUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_BatchYear_CountyId_Status",
                table: "PlanApplications",
                columns: new[] { "BatchYear", "CountyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_CountyId",
                table: "PlanApplications",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_ExtendedFromId",
                table: "PlanApplications",
                column: "ExtendedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_FieldCode",
                table: "PlanApplications",
                column: "FieldCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_MentorId",
                table: "PlanApplications",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_OriginalUnitId",
                table: "PlanApplications",
                column: "OriginalUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_ReceivingUnitId_BatchYear",
                table: "PlanApplications",
                columns: new[] { "ReceivingUnitId", "BatchYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_RequestedReceivingUnitId",
                table: "PlanApplications",
                column: "RequestedReceivingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_SelectionInstanceId",
                table: "PlanApplications",
                column: "SelectionInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_TownshipId",
                table: "PlanApplications",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_TraineeUserName",
                table: "PlanApplications",
                column: "TraineeUserName");

            migrationBuilder.CreateIndex(
                name: "IX_PlanApplications_UnitDepartmentId",
                table: "PlanApplications",
                column: "UnitDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCompetentDepartments_FieldCode",
                table: "PlanCompetentDepartments",
                column: "FieldCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCompetentDepartments_Name",
                table: "PlanCompetentDepartments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanCounties_Name",
                table: "PlanCounties",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanFundingEntries_ApplicationId",
                table: "PlanFundingEntries",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanFundingEntries_BatchYear_ApplicationId",
                table: "PlanFundingEntries",
                columns: new[] { "BatchYear", "ApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanFundingEntries_ReceivingUnitId_BatchYear",
                table: "PlanFundingEntries",
                columns: new[] { "ReceivingUnitId", "BatchYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanMentors_UnitDepartmentId_Name",
                table: "PlanMentors",
                columns: new[] { "UnitDepartmentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanOriginalUnits_CountyId_Name",
                table: "PlanOriginalUnits",
                columns: new[] { "CountyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanOriginalUnits_TownshipId",
                table: "PlanOriginalUnits",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanQuotaAllocations_BatchYear_Version",
                table: "PlanQuotaAllocations",
                columns: new[] { "BatchYear", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanQuotaLines_AllocationId_Position",
                table: "PlanQuotaLines",
                columns: new[] { "AllocationId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanReceivingUnits_CompetentDepartmentId",
                table: "PlanReceivingUnits",
                column: "CompetentDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReceivingUnits_FieldCode",
                table: "PlanReceivingUnits",
                column: "FieldCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReceivingUnits_Name",
                table: "PlanReceivingUnits",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanSettingsHistory_Revision",
                table: "PlanSettingsHistory",
                column: "Revision",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTownships_CountyId_Name",
                table: "PlanTownships",
                columns: new[] { "CountyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanUnitDepartments_ReceivingUnitId_Name",
                table: "PlanUnitDepartments",
                columns: new[] { "ReceivingUnitId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanFundingEntries");

            migrationBuilder.DropTable(
                name: "PlanQuotaLines");

            migrationBuilder.DropTable(
                name: "PlanSettings");

            migrationBuilder.DropTable(
                name: "PlanSettingsHistory");

            migrationBuilder.DropTable(
                name: "PlanApplications");

            migrationBuilder.DropTable(
                name: "PlanQuotaAllocations");

            migrationBuilder.DropTable(
                name: "PlanMentors");

            migrationBuilder.DropTable(
                name: "PlanOriginalUnits");

            migrationBuilder.DropTable(
                name: "PlanBatches");

            migrationBuilder.DropTable(
                name: "PlanUnitDepartments");

            migrationBuilder.DropTable(
                name: "PlanTownships");

            migrationBuilder.DropTable(
                name: "PlanReceivingUnits");

            migrationBuilder.DropTable(
                name: "PlanCounties");

            migrationBuilder.DropTable(
                name: "PlanCompetentDepartments");

            migrationBuilder.DropTable(
                name: "PlanFields");
        }
    }
}
