using System;

namespace PeerPractice.Sessions;

/// <summary>The text form of a note key (base64 of 32 bytes), shared by the file and environment providers.</summary>
internal static class NoteKeyText
{
    public const int KeySize = 32;

    public static byte[] Parse(string text, string description)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            if (key.Length == KeySize)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new StoreException(StoreErrorKind.NoteKey, $"The note key ({description}) does not hold a 256-bit base64 key. Restore the right key; nothing was changed.");
    }
}
