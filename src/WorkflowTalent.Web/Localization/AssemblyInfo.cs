using System.Resources;

// Strings.resx holds the Chinese texts: zh-CN is the UI's first language, English the satellite.
[assembly: NeutralResourcesLanguage("zh-CN")]
