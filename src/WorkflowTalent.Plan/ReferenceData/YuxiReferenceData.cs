namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>
/// The seed: Yuxi's nine county-level divisions in the order rules.md lists them (that order also breaks quota ties),
/// their townships and streets, and municipal receiving units per field. Remote marks the mountain townships far
/// from the county seat (most 乡), the ones R3.4 and R5.1 mean by "remote townships".
/// </summary>
public static class YuxiReferenceData
{
    public static readonly County Hongta = new("红塔区", "Hongta District", false,
    [
        T("玉兴街道"), T("凤凰街道"), T("玉带街道"), T("北城街道"), T("春和街道"), T("李棋街道"), T("大营街街道"),
        T("研和街道"), T("高仓街道"), Remote("小石桥彝族乡"), Remote("洛河彝族乡"),
    ]);

    public static readonly County Jiangchuan = new("江川区", "Jiangchuan District", false,
    [
        T("大街街道"), T("宁海街道"), T("江城镇"), T("前卫镇"), T("九溪镇"), T("路居镇"), Remote("雄关乡"), Remote("安化彝族乡"),
    ]);

    public static readonly County Chengjiang = new("澄江市", "Chengjiang City", false,
    [
        T("凤麓街道"), T("龙街街道"), T("右所镇"), T("阳宗镇"), T("海口镇"), Remote("九村镇"),
    ]);

    public static readonly County Tonghai = new("通海县", "Tonghai County", false,
    [
        T("秀山街道"), T("九街街道"), T("杨广镇"), T("河西镇"), T("四街镇"), T("纳古镇"), T("兴蒙蒙古族乡"),
        Remote("里山彝族乡"), Remote("高大傣族彝族乡"),
    ]);

    public static readonly County Huaning = new("华宁县", "Huaning County", false,
    [
        T("宁州街道"), T("盘溪镇"), T("青龙镇"), T("华溪镇"), Remote("通红甸彝族苗族乡"),
    ]);

    public static readonly County Yimen = new("易门县", "Yimen County", false,
    [
        T("龙泉街道"), T("六街街道"), T("绿汁镇"), Remote("浦贝彝族乡"), Remote("十街彝族乡"), Remote("小街乡"), Remote("铜厂彝族乡"),
    ]);

    public static readonly County Eshan = new("峨山彝族自治县", "Eshan Yi Autonomous County", true,
    [
        T("双江街道"), T("小街街道"), T("甸中镇"), T("化念镇"), T("塔甸镇"), Remote("岔河乡"), Remote("大龙潭乡"), Remote("富良棚乡"),
    ]);

    public static readonly County Xinping = new("新平彝族傣族自治县", "Xinping Yi and Dai Autonomous County", true,
    [
        T("桂山街道"), T("古城街道"), T("扬武镇"), T("漠沙镇"), T("戛洒镇"), T("水塘镇"), T("平甸乡"),
        Remote("者竜乡"), Remote("新化乡"), Remote("建兴乡"), Remote("平掌乡"), Remote("老厂乡"),
    ]);

    public static readonly County Yuanjiang = new("元江哈尼族彝族傣族自治县", "Yuanjiang Hani, Yi and Dai Autonomous County", true,
    [
        T("澧江街道"), T("红河街道"), T("甘庄街道"), T("因远镇"), T("曼来镇"),
        Remote("羊街乡"), Remote("那诺乡"), Remote("洼垤乡"), Remote("龙潭乡"), Remote("咪哩乡"),
    ]);

    public static readonly IReadOnlyList<County> Counties = [Hongta, Jiangchuan, Chengjiang, Tonghai, Huaning, Yimen, Eshan, Xinping, Yuanjiang];

    public static readonly ReceivingUnit PeopleHospital = new("玉溪市人民医院", Field.Health, CompetentDepartment.HealthCommission,
    [
        D("心内科", M("李志刚", "主任医师"), M("杨丽华", "副主任医师")),
        D("儿科", M("王晓梅", "主任医师")),
        D("急诊科", M("陈建国", "主任医师")),
        D("妇产科", M("赵红梅", "主任医师")),
    ]);

    public static readonly IReadOnlyList<ReceivingUnit> ReceivingUnits =
    [
        PeopleHospital,
        new("玉溪市中医医院", Field.Health, CompetentDepartment.HealthCommission,
        [
            D("针灸推拿科", M("普文华", "主任医师")),
            D("骨伤科", M("张德明", "副主任医师")),
        ]),
        new("玉溪市疾病预防控制中心", Field.Health, CompetentDepartment.HealthCommission,
        [
            D("传染病防制科", M("刘海燕", "主任医师")),
            D("免疫规划科", M("孙卫东", "副主任医师")),
        ]),
        new("玉溪第一中学", Field.Education, CompetentDepartment.EducationAndSports,
        [
            D("语文教研组", M("周丽萍", "正高级教师")),
            D("数学教研组", M("马俊", "高级教师")),
            D("物理教研组", M("李红军", "高级教师")),
        ]),
        new("玉溪市民族中学", Field.Education, CompetentDepartment.EducationAndSports,
        [
            D("英语教研组", M("白云", "高级教师")),
            D("化学教研组", M("段志强", "高级教师")),
        ]),
        new("玉溪市农业科学院", Field.Agriculture, CompetentDepartment.AgricultureAndRuralAffairs,
        [
            D("作物研究所", M("沈文杰", "研究员")),
            D("植物保护研究所", M("何春燕", "副研究员")),
        ]),
        new("玉溪市动物疫病预防控制中心", Field.Agriculture, CompetentDepartment.AgricultureAndRuralAffairs,
        [
            D("检测室", M("罗建平", "高级兽医师")),
        ]),
        new("玉溪市建设工程质量安全监督站", Field.UrbanConstructionAndPlanning, CompetentDepartment.HousingAndUrbanRuralDevelopment,
        [
            D("质量监督科", M("黄永刚", "高级工程师")),
        ]),
        new("玉溪市规划设计研究院", Field.UrbanConstructionAndPlanning, CompetentDepartment.NaturalResourcesAndPlanning,
        [
            D("城乡规划所", M("钱晓东", "高级规划师")),
            D("测绘地理信息所", M("施艳", "高级工程师")),
        ]),
        new("玉溪市科学技术情报研究所", Field.ScienceAndTechnology, CompetentDepartment.ScienceAndTechnology,
        [
            D("科技信息部", M("许国华", "研究员")),
        ]),
        new("玉溪市生产力促进中心", Field.ScienceAndTechnology, CompetentDepartment.ScienceAndTechnology,
        [
            D("技术转移部", M("吴敏", "高级工程师")),
        ]),
    ];

    public static County? FindCounty(string name) => Counties.FirstOrDefault(c => c.Name == name);

    public static ReceivingUnit? FindReceivingUnit(string name) => ReceivingUnits.FirstOrDefault(u => u.Name == name);

    private static Township T(string name) => new(name, IsRemote: false);

    private static Township Remote(string name) => new(name, IsRemote: true);

    private static UnitDepartment D(string name, params Mentor[] mentors) => new(name, mentors);

    private static Mentor M(string name, string title) => new(name, title);
}
