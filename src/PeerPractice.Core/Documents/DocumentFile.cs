using System;
using System.IO;
using System.Text;

namespace PeerPractice.Documents;

/// <summary>Writes rendered documents so that a reader never sees half of one.</summary>
public static class DocumentFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, then moves
    /// it into place in one step: the target holds either its old content or all of the new, and a
    /// failure leaves no temporary file behind.
    /// </summary>
    /// <param name="path">The document's path; its folder is created when missing.</param>
    /// <param name="content">The whole document.</param>
    public static void WriteAtomically(string path, string content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
