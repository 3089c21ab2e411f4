using System.CommandLine;
using System.Globalization;
using DocTool.Cli;

// Output never depends on the machine's locale: documents are formatted for their own language.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = System.Text.Encoding.UTF8;
return DocToolApp.Run(args);
