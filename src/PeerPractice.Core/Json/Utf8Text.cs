using System;
using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace PeerPractice.Json;

/// <summary>Strict UTF-8 decoding that says where the first invalid byte is, instead of replacing it.</summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/> (a UTF-8 byte order mark is skipped).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="text">The text, when every byte is valid UTF-8.</param>
    /// <param name="validPrefix">When invalid: the text before the first invalid byte, to locate it.</param>
    /// <param name="problem">When invalid: a message that names the byte and says what to do.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string validPrefix, out string problem)
    {
        text = validPrefix = problem = "";
        var bomLength = bytes.StartsWith(Bom) ? Bom.Length : 0;
        var body = bytes[bomLength..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text = new string(buffer, 0, charsWritten);
                return true;
            }

            validPrefix = new string(buffer, 0, charsWritten);
            problem = Explain(bytes, bomLength + bytesRead);
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Explain(ReadOnlySpan<byte> bytes, int offset)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return "The file is UTF-16 (it starts with a UTF-16 byte order mark); agenda files are UTF-8. Save it as UTF-8.";
        }

        var what = offset < bytes.Length
            ? "byte 0x" + bytes[offset].ToString("X2", CultureInfo.InvariantCulture) + " at byte offset " + offset.ToString(CultureInfo.InvariantCulture)
            : "the last bytes, an incomplete UTF-8 sequence,";
        return "The text is not valid UTF-8: " + what + " cannot be decoded. Save the file as UTF-8.";
    }
}
