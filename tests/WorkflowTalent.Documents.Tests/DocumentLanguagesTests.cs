using System.Globalization;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.Tests;

public class DocumentLanguagesTests
{
    [Theory]
    [InlineData("en", DocumentLanguage.English)]
    [InlineData("en-GB", DocumentLanguage.English)]
    [InlineData("zh-CN", DocumentLanguage.Chinese)]
    [InlineData("fr-FR", DocumentLanguage.Chinese)]
    public void FromCulture_PicksEnglishOnlyForEnglishCultures(string culture, DocumentLanguage expected) =>
        Assert.Equal(expected, DocumentLanguages.FromCulture(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void FromCulture_DefaultsToChinese() => Assert.Equal(DocumentLanguage.Chinese, DocumentLanguages.FromCulture(null));
}
