using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using DocTool.Core.Profiles.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DocTool.Core.Building.Import;

/// <summary>One profile a spreadsheet row gave: its file name in the output folder and its YAML text.</summary>
public sealed record MemberProfile(int Row, string FileName, string Text);

/// <summary>
/// <c>doctool init --from members.csv</c>: one profile per spreadsheet row. Each column header is a
/// profile path (<c>org.name.fr</c>, <c>finance.currency.functional</c>); a non-empty cell sets that
/// field, an empty cell keeps the base profile's value. Each profile is validated as <c>validate</c>
/// would, and every problem a cell caused is reported at that cell
/// (<c>members.csv:ROW:COL: error DT0308: …</c>); a row with an error gives no profile.
/// </summary>
public sealed class MemberProfiles(DocumentRenderer renderer)
{
    /// <summary>Columns every spreadsheet must have (the name may instead come one column per language, <c>org.name.fr</c>).</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["org.short_name", "org.name"];

    /// <summary>Makes the profiles of every row that validates.</summary>
    /// <param name="sheet">The spreadsheet.</param>
    /// <param name="sheetFolder">The folder of the spreadsheet (file cells are relative to it).</param>
    /// <param name="baseText">The base profile's YAML.</param>
    /// <param name="baseFolder">The folder of the base profile (its file fields are relative to it).</param>
    /// <param name="outFolder">Where the profiles will be written (file fields are made relative to it).</param>
    /// <param name="bag">Receives every problem, located at its cell.</param>
    public IReadOnlyList<MemberProfile> Make(Spreadsheet sheet, string sheetFolder, string baseText, string baseFolder, string outFolder, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(bag);
        var columns = Columns(sheet, bag);
        if (columns is null)
        {
            return [];
        }

        var result = new List<MemberProfile>();
        var taken = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Rows)
        {
            var rowBag = new DiagnosticBag();
            if (MakeRow(sheet, row, columns, sheetFolder, baseText, baseFolder, outFolder, rowBag) is { } profile)
            {
                if (taken.TryGetValue(profile.FileName, out var first))
                {
                    var shortName = columns.First(c => c.Header == "org.short_name");
                    rowBag.Error(At(sheet, row, shortName), Codes.SpreadsheetDuplicate, $"row {first} already writes `{profile.FileName}`; each organisation needs its own `org.short_name`");
                }
                else if (!rowBag.HasErrors)
                {
                    taken[profile.FileName] = row.Number;
                    result.Add(profile);
                }
            }

            bag.AddRange(rowBag.Sorted);
        }

        return result;
    }

    private static List<ColumnPath>? Columns(Spreadsheet sheet, DiagnosticBag bag)
    {
        var columns = new List<ColumnPath>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i];
            var at = new SourceSpan(sheet.Display, 1, i + 1);
            if (header.Length == 0)
            {
                if (sheet.Rows.Any(r => r.Cell(i).Length > 0))
                {
                    bag.Error(at, Codes.SpreadsheetHeader, "this column has values but no header; name the profile field it sets, such as `org.registration.country`");
                }

                continue;
            }

            if (ColumnPath.Parse(i, header) is not { } path)
            {
                bag.Error(at, Codes.SpreadsheetHeader, $"`{header}` is not a profile path; a header names a field with dots, in lower case, such as `org.name.fr` or `finance.currency.functional`");
            }
            else if (columns.FirstOrDefault(c => c.Header == header || header.StartsWith(c.Header + ".", StringComparison.Ordinal) || c.Header.StartsWith(header + ".", StringComparison.Ordinal)) is { } other)
            {
                bag.Error(at, Codes.SpreadsheetHeader, $"`{header}` sets the same field as column {other.Column + 1} (`{other.Header}`); keep one of them");
            }
            else
            {
                columns.Add(path);
            }
        }

        foreach (var required in RequiredColumns.Where(r => !columns.Exists(c => c.Header == r || c.Header.StartsWith(r + ".", StringComparison.Ordinal))))
        {
            bag.Error(new SourceSpan(sheet.Display, 1, 1), Codes.SpreadsheetMissing, $"no column `{required}`; every organisation needs its own {(required == "org.name" ? "name (`org.name`, or one column per language: `org.name.en`, `org.name.fr`)" : "short name (`org.short_name`, used in file names)")}");
        }

        return bag.HasErrors ? null : columns;
    }

    private MemberProfile? MakeRow(Spreadsheet sheet, SpreadsheetRow row, List<ColumnPath> columns, string sheetFolder, string baseText, string baseFolder, string outFolder, DiagnosticBag bag)
    {
        foreach (var required in RequiredColumns)
        {
            var cells = columns.Where(c => c.Header == required || c.Header.StartsWith(required + ".", StringComparison.Ordinal)).ToList();
            if (cells.TrueForAll(c => row.Cell(c.Column).Length == 0))
            {
                bag.Error(At(sheet, row, cells[0]), Codes.SpreadsheetMissing, $"`{cells[0].Header}` is empty; every organisation needs its own {(required == "org.name" ? "name" : "short name")} (no profile is written for this row)");
            }
        }

        if (bag.HasErrors)
        {
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(baseText));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var fromSheet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var value = row.Cell(column.Column);
            if (value.Length > 0)
            {
                Set(root, column.Keys, value);
                fromSheet.Add(column.Header);
            }
        }

        foreach (var filePath in ColumnPath.FilePaths)
        {
            Rebase(root, filePath.Split('.'), fromSheet.Contains(filePath) ? sheetFolder : baseFolder, outFolder);
        }

        var shortName = row.Cell(columns.First(c => c.Header == "org.short_name").Column);
        var fileName = Slug.Make(shortName) + ".yaml";
        var text = Write(stream, sheet.Display, row.Number);
        Validate(sheet, row, columns.Where(c => fromSheet.Contains(c.Header)).ToList(), text, Path.Combine(outFolder, fileName), bag);
        return new MemberProfile(row.Number, fileName, text);
    }

    /// <summary>Validates the written text as <c>validate</c> would, and reports each problem at the cell that caused it.</summary>
    private void Validate(Spreadsheet sheet, SpreadsheetRow row, List<ColumnPath> cells, string text, string path, DiagnosticBag bag)
    {
        var display = Path.GetFileName(path);
        var local = new DiagnosticBag();
        var root = YamlReader.ReadText(text, display, local);
        if (root is not null)
        {
            ProfileValidator.Validate(root, display, renderer.Pack.Languages.ToHashSet(StringComparer.Ordinal), local);
            if (!local.HasErrors)
            {
                ProfileNormalizer.ApplyDefaults(root);
                var profile = new LoadedProfile(path, display, root, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
                DocumentRenderer.CheckAssets(profile, renderer.Pack, local);
                if (!local.HasErrors)
                {
                    OverrideCheck.Run(profile, renderer, local);
                }
            }
        }

        // Where each cell's value landed in the written text.
        var fresh = YamlReader.ReadText(text, display, new DiagnosticBag());
        var landed = cells.Select(c => (Column: c, Node: Find(fresh, c.Keys))).Where(x => x.Node is not null).ToList();
        foreach (var d in local.Sorted)
        {
            if (d.Span.File != display)
            {
                bag.Add(d); // a file the profile names (logo, overrides) has its own place
                continue;
            }

            var cell = landed.Where(x => x.Node!.Span.Line == d.Span.Line && x.Node.Span.Column <= Math.Max(d.Span.Column, 1))
                .OrderByDescending(x => x.Node!.Span.Column).Select(x => x.Column).FirstOrDefault()
                ?? landed.Where(x => x.Node!.Span.Line == d.Span.Line).Select(x => x.Column).FirstOrDefault();
            bag.Add(cell is not null
                ? d with { Span = At(sheet, row, cell), Message = d.Message.Contains(cell.Header, StringComparison.Ordinal) ? d.Message : $"`{cell.Header}`: {d.Message}" }
                : d with { Span = new SourceSpan(sheet.Display, row.Number, 1), Message = $"in the profile this row would write (line {d.Span.Line}, from the base profile): {d.Message}" });
        }
    }

    private static SourceSpan At(Spreadsheet sheet, SpreadsheetRow row, ColumnPath column) => new(sheet.Display, row.Number, column.Column + 1);

    private static YNode? Find(YMapping? root, IReadOnlyList<string> keys)
    {
        YNode? node = root;
        foreach (var key in keys)
        {
            node = (node as YMapping)?[key];
        }

        return node;
    }

    /// <summary>
    /// Sets a field. A key missing on the way is created; a field that was one value in the base profile
    /// and is given per language (<c>org.name.fr</c>) becomes a map of languages. A list field takes a
    /// cell of items separated by commas or semicolons.
    /// </summary>
    private static void Set(YamlMappingNode root, IReadOnlyList<string> keys, string value)
    {
        var map = root;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            var key = new YamlScalarNode(keys[i]);
            if (!map.Children.TryGetValue(key, out var child) || child is not YamlMappingNode childMap)
            {
                childMap = new YamlMappingNode();
                map.Children[key] = childMap;
            }

            map = childMap;
        }

        var last = new YamlScalarNode(keys[^1]);
        map.Children.TryGetValue(last, out var existing);
        map.Children[last] = existing is YamlSequenceNode
            ? new YamlSequenceNode(value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Scalar)) { Style = SequenceStyle.Flow }
            : Scalar(value);
    }

    /// <summary>A number or a boolean stays plain (typed); any other text is quoted, so it is always a string.</summary>
    private static YamlScalarNode Scalar(string value) =>
        new(value)
        {
            Style = value is "true" or "false" || decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                ? ScalarStyle.Plain
                : ScalarStyle.DoubleQuoted,
        };

    /// <summary>Makes a relative file field relative to the output folder, so the written profile finds the same file.</summary>
    private static void Rebase(YamlMappingNode root, string[] keys, string from, string outFolder)
    {
        YamlNode? node = root;
        YamlMappingNode? parent = null;
        foreach (var key in keys)
        {
            parent = node as YamlMappingNode;
            node = parent is not null && parent.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        var isNull = node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "null" or "~" or "Null" or "NULL" };
        if (node is YamlScalarNode { Value: { Length: > 0 } relative } && !isNull && !Path.IsPathRooted(relative))
        {
            var moved = Path.GetRelativePath(Path.GetFullPath(outFolder), Path.GetFullPath(Path.Combine(from, relative))).Replace('\\', '/');
            parent!.Children[new YamlScalarNode(keys[^1])] = new YamlScalarNode(moved) { Style = ScalarStyle.DoubleQuoted };
        }
    }

    private static string Write(YamlStream stream, string sheet, int row)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.WriteLine("# yaml-language-server: $schema=./profile-v1.schema.json");
        text.WriteLine($"# Written by `doctool init --from {sheet}` from row {row.ToString(CultureInfo.InvariantCulture)}; edit it, then run `doctool validate` on it.");
        var emitter = new Emitter(text, new EmitterSettings().WithBestWidth(int.MaxValue).WithNewLine("\n"));
        stream.Save(emitter, assignAnchors: false);
        var written = text.ToString();
        // The emitter ends the document with a `...` marker; a profile is one document and needs none.
        return written.EndsWith("...\n", StringComparison.Ordinal) ? written[..^4] : written;
    }
}
