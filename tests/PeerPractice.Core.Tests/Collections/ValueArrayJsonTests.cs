using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeerPractice.Collections;

namespace PeerPractice.Core.Tests.Collections;

/// <summary>
/// The converter that lets source-generated JSON contexts (the session snapshot) write and read
/// <see cref="ValueArray{T}"/> as a plain JSON array, element by element through the options' own
/// type information.
/// </summary>
public class ValueArrayJsonTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new ValueArrayJsonConverter<string>(), new ValueArrayJsonConverter<int>() },
    };

    [Fact]
    public void A_value_array_is_written_as_a_json_array_in_order()
    {
        Assert.Equal("[\"b\",\"a\",null]", JsonSerializer.Serialize(ValueArray.Create("b", "a", null!), Options));
        Assert.Equal("[]", JsonSerializer.Serialize(ValueArray<int>.Empty, Options));
        Assert.Equal("{\"Numbers\":[3,1,2],\"After\":0}", JsonSerializer.Serialize(new Holder(ValueArray.Create(3, 1, 2)), Options));
    }

    [Fact]
    public void A_json_array_is_read_back_element_by_element_and_the_reader_stops_after_it()
    {
        Assert.Equal(ValueArray.Create("x", "y"), JsonSerializer.Deserialize<ValueArray<string>>("[\"x\", \"y\"]", Options));
        Assert.Equal(ValueArray<int>.Empty, JsonSerializer.Deserialize<ValueArray<int>>("[]", Options));

        var holder = JsonSerializer.Deserialize<Holder>("{\"Numbers\": [3, 1, 2], \"After\": 7}", Options)!;
        Assert.Equal(ValueArray.Create(3, 1, 2), holder.Numbers);
        Assert.Equal(7, holder.After);
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("{}")]
    [InlineData("5")]
    public void Anything_but_an_array_is_refused(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ValueArray<int>>(json, Options));
        Assert.Equal("Expected an array.", error.Message);
    }

    [Fact]
    public void An_element_of_the_wrong_type_is_refused_by_the_element_converter() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ValueArray<int>>("[1, \"two\"]", Options));

    private sealed record Holder(ValueArray<int> Numbers, int After = 0);
}
