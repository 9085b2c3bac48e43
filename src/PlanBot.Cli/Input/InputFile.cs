using System.Globalization;
using System.Text;

namespace PlanBot.Cli.Input;

/// <summary>Reads a user-named text file, turning every way it can be unusable into a <see cref="CliInputException"/>.</summary>
public static class InputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<SourceText> ReadAsync(string path, string what, long maxBytes, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{what} '{path}' is a directory, expected a file");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"{what} not found: {path}");
        }

        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new CliInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"{what} '{path}' is {Megabytes(length)} MB; the limit is {Megabytes(maxBytes)} MB"));
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read {what} '{path}': {CliApp.OneLine(e.Message)}", e);
        }

        return new SourceText(path, Decode(bytes, path, what));
    }

    internal static string Decode(byte[] bytes, string path, string what)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new CliInputException($"{what} '{path}' is not a text file");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new CliInputException($"{what} '{path}' is not UTF-8 text", e);
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
