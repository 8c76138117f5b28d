using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Plan.Tests.ReferenceData;

public sealed class YuxiReferenceDataTests
{
    [Fact]
    public void Counties_AreTheNineDivisionsInRulesOrder_R4_1()
    {
        Assert.Equal(
            ["红塔区", "江川区", "澄江市", "通海县", "华宁县", "易门县", "峨山彝族自治县", "新平彝族傣族自治县", "元江哈尼族彝族傣族自治县"],
            YuxiReferenceData.Counties.Select(c => c.Name));
    }

    [Fact]
    public void Counties_MarkExactlyTheLastThreeEthnicAutonomous_R3_4()
    {
        Assert.Equal(
            ["峨山彝族自治县", "新平彝族傣族自治县", "元江哈尼族彝族傣族自治县"],
            YuxiReferenceData.Counties.Where(c => c.IsEthnicAutonomous).Select(c => c.Name));
    }

    [Fact]
    public void Counties_EachHaveTownshipsAndARemoteOne_R3_4()
    {
        Assert.All(YuxiReferenceData.Counties, c =>
        {
            Assert.NotEmpty(c.Townships);
            Assert.True(c.RemoteTownshipCount >= 1, c.Name);
            Assert.Equal(c.Townships.Count, c.Townships.Select(t => t.Name).Distinct().Count());
        });
        Assert.Equal(3, YuxiReferenceData.Eshan.RemoteTownshipCount);
        Assert.True(YuxiReferenceData.Eshan.FindTownship("富良棚乡")!.IsRemote);
        Assert.False(YuxiReferenceData.Hongta.FindTownship("玉兴街道")!.IsRemote);
    }

    [Fact]
    public void Fields_AreTheFiveOfR3_2_WithTheirCompetentDepartments_R2_1()
    {
        Assert.Equal(["教育", "卫生", "农业", "城建规划", "科技"], Field.All.Select(f => f.NameZh));
        Assert.Equal(["市教育体育局"], Field.Education.CompetentDepartments.Select(d => d.Name));
        Assert.Equal(["市卫生健康委"], Field.Health.CompetentDepartments.Select(d => d.Name));
        Assert.Equal(["市农业农村局"], Field.Agriculture.CompetentDepartments.Select(d => d.Name));
        Assert.Equal(["市住房城乡建设局", "市自然资源规划局"], Field.UrbanConstructionAndPlanning.CompetentDepartments.Select(d => d.Name));
        Assert.Equal(["市科技局"], Field.ScienceAndTechnology.CompetentDepartments.Select(d => d.Name));
        Assert.Equal("市财政局", CompetentDepartment.Finance.Name);
        Assert.DoesNotContain(Field.All, f => f.CompetentDepartments.Contains(CompetentDepartment.Finance));
    }

    [Fact]
    public void ReceivingUnits_CoverEveryFieldWithDepartmentsAndMentors_R6_3()
    {
        Assert.All(Field.All, f => Assert.Contains(YuxiReferenceData.ReceivingUnits, u => u.Field == f));
        Assert.All(YuxiReferenceData.ReceivingUnits, u =>
        {
            Assert.NotEmpty(u.Departments);
            Assert.All(u.Departments, d => Assert.NotEmpty(d.Mentors));
            Assert.Contains(u.CompetentDepartment, u.Field.CompetentDepartments);
        });
    }

    [Fact]
    public void PeopleHospital_IsAHealthUnitUnderTheHealthCommission_R2_1()
    {
        var hospital = YuxiReferenceData.FindReceivingUnit("玉溪市人民医院");

        Assert.NotNull(hospital);
        Assert.Same(Field.Health, hospital.Field);
        Assert.Equal("市卫生健康委", hospital.CompetentDepartment.Name);
        Assert.NotNull(hospital.FindDepartment("心内科"));
        Assert.NotNull(hospital.FindDepartment("儿科"));
    }

    [Fact]
    public void ReceivingUnit_RefusesACompetentDepartmentOfAnotherField_R2_1()
    {
        Assert.Throws<ArgumentException>(() =>
            new ReceivingUnit("玉溪市某医院", Field.Health, CompetentDepartment.EducationAndSports, []));
    }

    [Fact]
    public void OriginalUnit_TakesItsLevelAndRemotenessFromTheTownship_R4_1()
    {
        var township = new OriginalUnit("岔河乡卫生院", YuxiReferenceData.Eshan, YuxiReferenceData.Eshan.FindTownship("岔河乡"));
        var county = new OriginalUnit("峨山彝族自治县人民医院", YuxiReferenceData.Eshan);

        Assert.Equal(UnitLevel.Township, township.Level);
        Assert.True(township.IsInRemoteTownship);
        Assert.Equal(UnitLevel.County, county.Level);
        Assert.False(county.IsInRemoteTownship);
    }
}
