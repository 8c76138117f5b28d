using System.Text;
using WorkflowTalent.Cli;

// Titles and journal text are Chinese: write UTF-8 whatever the terminal's default (no BOM).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return WtApp.Run(args, Console.Out, Console.Error);
