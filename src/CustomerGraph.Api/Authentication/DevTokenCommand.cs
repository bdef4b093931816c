using System.Globalization;
using CustomerGraph.Customers.Accounts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// <c>dev-token --account &lt;uuid&gt; [--lifetime 8h] [--scopes "account.view ..."]</c>: prints a bearer token for the
/// account, signed with the configured local <c>Authentication:SigningKey</c>, for trying the API with curl or an
/// explorer. Its <c>scope</c> claim holds the scopes given (space-separated), every account scope without
/// <c>--scopes</c>.
/// </summary>
public static class DevTokenCommand
{
    public const string Name = "dev-token";

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(30);

    /// <summary>Writes the token alone on <paramref name="output"/> (so a shell can capture it) and returns 0; 2 on a usage or settings error.</summary>
    public static int Run(
        IConfiguration configuration,
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        TimeProvider? time = null
    )
    {
        var options =
            configuration.GetSection(AccountAuthenticationOptions.Section).Get<AccountAuthenticationOptions>()
            ?? new AccountAuthenticationOptions();
        var problem = Validate(options, args, out var accountId, out var lifetime, out var scopes);
        if (problem is not null)
        {
            error.WriteLine($"{Name}: {problem}");
            error.WriteLine(
                $"usage: {Name} --account <account uuid> [--lifetime 8h|30m|1d] [--scopes \"{string.Join(' ', AccountScopes.All)}\"]"
            );
            return 2;
        }
        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = options.Issuer,
                Audience = options.Audience,
                IssuedAt = now,
                NotBefore = now,
                Expires = now + lifetime,
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = $"{Name}:{accountId:D}",
                    [options.AccountClaim] = accountId.ToString("D"),
                    [ScopeClaim.Name] = string.Join(' ', scopes),
                },
                SigningCredentials = new SigningCredentials(
                    AccountAuthentication.SymmetricKeyOf(options),
                    SecurityAlgorithms.HmacSha256
                ),
            }
        );
        output.WriteLine(token);
        error.WriteLine(
            $"{Name}: account {accountId:D}, issuer {options.Issuer}, audience {options.Audience}, "
                + $"scopes {string.Join(' ', scopes)}, valid until {now + lifetime:yyyy-MM-ddTHH:mm:ssZ}"
        );
        return 0;
    }

    private static string? Validate(
        AccountAuthenticationOptions options,
        IReadOnlyList<string> args,
        out Guid accountId,
        out TimeSpan lifetime,
        out IReadOnlyList<string> scopes
    )
    {
        accountId = Guid.Empty;
        lifetime = DefaultLifetime;
        scopes = [.. AccountScopes.All.Order(StringComparer.Ordinal)];
        if (string.IsNullOrWhiteSpace(options.SigningKey))
            return $"no local signing key is configured ({AccountAuthenticationOptions.Section}:SigningKey): "
                + "tokens of an external authority come from that authority.";
        var settings = options.Problems("", isDevelopment: true);
        if (settings.Count > 0)
            return string.Join(" ", settings);
        if (string.IsNullOrWhiteSpace(options.Issuer))
            return $"{AccountAuthenticationOptions.Section}:Issuer is required to mint a token.";
        var account = OptionValue(args, "--account");
        if (account is null)
            return "--account is required.";
        if (!Guid.TryParse(account, out accountId) || accountId == Guid.Empty)
            return $"--account '{account}' is not an account id (a UUID).";
        if (OptionValue(args, "--lifetime") is { } text)
        {
            if (ParseLifetime(text) is not { } parsed || parsed <= TimeSpan.Zero)
                return $"--lifetime '{text}' is not a duration like 8h, 30m, 1d or 01:30:00.";
            if (parsed > MaximumLifetime)
                return $"--lifetime '{text}' is longer than the maximum of {MaximumLifetime.TotalDays:0} days.";
            lifetime = parsed;
        }
        if (OptionValue(args, "--scopes") is { } list)
        {
            var given = list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
            if (given.Count == 0)
                return "--scopes is empty: name at least one scope, separated by spaces.";
            if (given.FirstOrDefault(scope => !AccountScopes.All.Contains(scope)) is { } unknown)
                return $"--scopes: '{unknown}' is not a scope; the scopes are "
                    + string.Join(", ", AccountScopes.All.Order(StringComparer.Ordinal))
                    + ".";
            scopes = given;
        }
        return null;
    }

    private static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name)
                return i + 1 < args.Count ? args[i + 1] : "";
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
                return args[i][(name.Length + 1)..];
        }
        return null;
    }

    private static TimeSpan? ParseLifetime(string text)
    {
        var seconds =
            text.Length > 1
                ? text[^1] switch
                {
                    's' => 1,
                    'm' => 60,
                    'h' => 3600,
                    'd' => 86400,
                    _ => 0,
                }
                : 0;
        if (
            seconds > 0
            && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var count)
            && double.IsFinite(count)
        )
            // Clamped just past the maximum, so a huge number is reported as too long rather than overflowing.
            return TimeSpan.FromSeconds(Math.Min(count * seconds, MaximumLifetime.TotalSeconds + 1));
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
    }
}
