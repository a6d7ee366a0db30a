using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace PeerPractice.Sessions;

/// <summary>
/// The note key in a file of its own (base64), created on first use with owner-only permissions
/// (0600). The default file is per user, not per database (<see cref="DefaultPath"/>), so a copied
/// data folder never carries the key that opens its notes.
/// </summary>
public sealed class NoteKeyFile : INoteKeyProvider
{
    /// <summary>The environment variable that, when set, overrides <see cref="DefaultPath"/>.</summary>
    public const string PathVariable = "PEERPRACTICE_NOTE_KEY_FILE";

    /// <summary>Uses the key file at <paramref name="path"/>.</summary>
    /// <param name="path">The key file; created on first use when missing.</param>
    public NoteKeyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The key file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => "key file " + Path;

    /// <summary>
    /// <c>$PEERPRACTICE_NOTE_KEY_FILE</c> when set; else <c>$XDG_CONFIG_HOME/PeerPractice/notes.key</c>
    /// (usually <c>~/.config</c>) on Linux and macOS, <c>%APPDATA%\PeerPractice\notes.key</c> on Windows:
    /// the user's configuration, away from the data folder.
    /// </summary>
    /// <returns>The default key file path.</returns>
    public static string DefaultPath()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } fromEnvironment)
        {
            return System.IO.Path.GetFullPath(fromEnvironment);
        }

        var root = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return System.IO.Path.Combine(root, "PeerPractice", "notes.key");
    }

    /// <inheritdoc />
    public byte[]? LoadKey()
    {
        if (!File.Exists(Path) && !Directory.Exists(Path))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(Path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StoreException(StoreErrorKind.NoteKey, $"The note key file {Path} cannot be read ({e.Message}). Make it a file readable by this user (owner-only, 0600); nothing was changed.", e);
        }

        return NoteKeyText.Parse(text, Description);
    }

    /// <inheritdoc />
    public byte[] CreateKey()
    {
        var key = RandomNumberGenerator.GetBytes(NoteKeyText.KeySize);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var stream = new FileStream(Path, options);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(Convert.ToBase64String(key));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new StoreException(StoreErrorKind.NoteKey, $"The note key file {Path} cannot be created ({e.Message}). Check that its folder is writable, or choose another key file; nothing was changed.", e);
        }

        return key;
    }
}
