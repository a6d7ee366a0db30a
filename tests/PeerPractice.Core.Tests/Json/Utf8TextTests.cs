using System.Text;
using PeerPractice.Json;

namespace PeerPractice.Core.Tests.Json;

/// <summary>Decoding data files: UTF-8 with or without a byte order mark, and a message that says which byte is wrong.</summary>
public class Utf8TextTests
{
    private static (bool Ok, string Text, string Prefix, string Problem) Decode(params byte[] bytes)
    {
        var ok = Utf8Text.TryDecode(bytes, out var text, out var prefix, out var problem);
        return (ok, text, prefix, problem);
    }

    [Fact]
    public void UTF_8_is_decoded_and_a_leading_byte_order_mark_dropped()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        Assert.Equal((true, "{\"é\":1}", "", ""), Decode([.. bom, .. Encoding.UTF8.GetBytes("{\"é\":1}")]));
        Assert.Equal((true, "{\"é\":1}", "", ""), Decode(Encoding.UTF8.GetBytes("{\"é\":1}")));
        Assert.Equal((true, "", "", ""), Decode(bom));
        Assert.Equal((true, "", "", ""), Decode());
    }

    [Fact]
    public void An_invalid_byte_is_named_with_its_offset_and_the_text_before_it_is_kept()
    {
        Assert.Equal(
            (false, "", "ab", "The text is not valid UTF-8: byte 0xFF at byte offset 2 cannot be decoded. Save the file as UTF-8."),
            Decode(0x61, 0x62, 0xFF, 0x63));
    }

    [Fact]
    public void The_offset_counts_the_byte_order_mark()
    {
        Assert.Equal(
            (false, "", "a", "The text is not valid UTF-8: byte 0xC0 at byte offset 4 cannot be decoded. Save the file as UTF-8."),
            Decode(0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0x80));
    }

    [Fact]
    public void A_lone_invalid_byte_is_not_mistaken_for_UTF_16()
    {
        Assert.Equal(
            (false, "", "", "The text is not valid UTF-8: byte 0xFF at byte offset 0 cannot be decoded. Save the file as UTF-8."),
            Decode(0xFF));
    }

    [Theory]
    [InlineData(0xFF, 0xFE)]
    [InlineData(0xFE, 0xFF)]
    public void A_UTF_16_file_is_recognised_by_its_byte_order_mark(byte first, byte second)
    {
        var (ok, _, _, problem) = Decode(first, second, 0x7B, 0x00);
        Assert.False(ok);
        Assert.Equal("The file is UTF-16 (it starts with a UTF-16 byte order mark); agenda files are UTF-8. Save it as UTF-8.", problem);
    }

    [Theory]
    [InlineData(0xFF, 0xFE)]
    [InlineData(0xFE, 0xFF)]
    public void A_file_of_only_a_UTF_16_byte_order_mark_is_recognised(byte first, byte second) =>
        Assert.Equal("The file is UTF-16 (it starts with a UTF-16 byte order mark); agenda files are UTF-8. Save it as UTF-8.", Decode(first, second).Problem);

    [Theory]
    [InlineData(0xFF, 0x41)]
    [InlineData(0xFE, 0x41)]
    [InlineData(0xC0, 0xFE)]
    [InlineData(0xC0, 0xFF)]
    public void Half_a_UTF_16_byte_order_mark_is_an_invalid_byte_like_any_other(byte first, byte second) =>
        Assert.Equal($"The text is not valid UTF-8: byte 0x{first:X2} at byte offset 0 cannot be decoded. Save the file as UTF-8.", Decode(first, second).Problem);

    [Fact]
    public void A_file_cut_inside_a_character_names_the_incomplete_sequence()
    {
        var (ok, _, prefix, problem) = Decode(0x61, 0xE2, 0x82);
        Assert.False(ok);
        Assert.Equal("a", prefix);
        Assert.Equal("The text is not valid UTF-8: byte 0xE2 at byte offset 1 cannot be decoded. Save the file as UTF-8.", problem);
    }
}
