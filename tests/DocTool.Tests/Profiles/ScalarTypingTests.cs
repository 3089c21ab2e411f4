using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;

namespace DocTool.Tests.Profiles;

/// <summary>Profiles use the YAML 1.2 core schema: what people write is typed the way the messages say.</summary>
public class ScalarTypingTests
{
    [Theory]
    [InlineData("2011", 2011L)]
    [InlineData("-5", -5L)]
    [InlineData("0x1F", 31L)]
    public void Should_read_a_plain_integer_as_a_number(string yaml, long expected) =>
        Assert.Equal(expected, Value(yaml));

    [Fact]
    public void Should_read_a_plain_decimal_as_a_decimal() => Assert.Equal(1.5m, Value("1.5"));

    [Theory]
    [InlineData("\"2011\"", "2011")]
    [InlineData("'2011'", "2011")]
    [InlineData("\"true\"", "true")]
    [InlineData("yes", "yes")]
    [InlineData("no", "no")]
    [InlineData("on", "on")]
    [InlineData("03-31", "03-31")]
    [InlineData("2026-03-01", "2026-03-01")]
    public void Should_read_quoted_values_and_yaml_1_1_words_as_text(string yaml, string expected) =>
        Assert.Equal(expected, Value(yaml));

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void Should_read_tilde_null_and_nothing_as_null(string yaml) => Assert.Null(Value(yaml));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Should_read_true_and_false_as_booleans(string yaml, bool expected) => Assert.Equal(expected, Value(yaml));

    [Fact]
    public void Should_mark_quoted_scalars()
    {
        var root = Read("a: \"2011\"\nb: 2011\n");
        Assert.True(((YScalar)root["a"]!).Quoted);
        Assert.False(((YScalar)root["b"]!).Quoted);
    }

    private static object? Value(string yaml) => ((YScalar)Read("value: " + yaml + "\n")["value"]!).Value;

    private static YMapping Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadText(yaml, "test.yaml", bag);
        Assert.True(root is not null, string.Join('\n', bag.Sorted));
        return root!;
    }
}
