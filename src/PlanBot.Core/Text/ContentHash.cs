using System.Security.Cryptography;
using System.Text;

namespace PlanBot.Core.Text;

/// <summary>A SHA-256 of text, to tell whether something PlanBot would write differs from what it wrote before.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
