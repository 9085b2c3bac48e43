using System.Text;
using PlanBot.GitHub.Webhooks;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello, World!");

    /// <summary>The test vector from GitHub's "Validating webhook deliveries" page.</summary>
    private const string GitHubExample = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    [Fact]
    public void Compute_matches_githubs_published_example()
    {
        Assert.Equal(GitHubExample, WebhookSignature.Compute("It's a Secret to Everybody", Body));
    }

    [Fact]
    public void The_published_signature_validates_and_upper_case_hex_too()
    {
        Assert.True(WebhookSignature.IsValid("It's a Secret to Everybody", Body, GitHubExample));
        Assert.True(WebhookSignature.IsValid("It's a Secret to Everybody", Body, "sha256=" + GitHubExample[7..].ToUpperInvariant()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha1=757107ea0eb2509fc211221cce984b8a37570b6d")]
    [InlineData("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1")]
    [InlineData("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e18")]
    [InlineData("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1z")]
    [InlineData("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17 ")]
    public void Anything_but_the_exact_signature_is_refused(string? header)
    {
        Assert.False(WebhookSignature.IsValid("It's a Secret to Everybody", Body, header));
    }

    [Fact]
    public void Another_secret_does_not_validate()
    {
        Assert.False(WebhookSignature.IsValid("another secret", Body, GitHubExample));
    }
}
