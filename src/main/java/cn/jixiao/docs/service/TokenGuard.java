package cn.jixiao.docs.service;

import cn.jixiao.docs.util.Sha256;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The optional shared secret in front of a group of routes. Other systems send {@code Authorization: Bearer
 * <token>}; a browser on the staff form may instead answer the Basic-auth prompt with the token as password (any
 * user name), which is the only way to ask a person for a secret without a login page.
 */
final class TokenGuard {

    private final byte[] expectedDigest;
    private final boolean allowBasic;
    private final String challenge;

    /** {@code token} null means the routes are open. */
    TokenGuard(String token, boolean allowBasic, String realm) {
        this.expectedDigest = token == null ? null : Sha256.digest(token.getBytes(StandardCharsets.UTF_8));
        this.allowBasic = allowBasic;
        this.challenge = (allowBasic ? "Basic" : "Bearer") + " realm=\"" + realm + "\""
                + (allowBasic ? ", charset=\"UTF-8\"" : "");
    }

    boolean open() { return expectedDigest == null; }

    /** A Javalin before-handler: passes, or throws the 401 problem. */
    void check(Context ctx) {
        if (expectedDigest != null && !matches(ctx.header("Authorization"))) {
            throw Problems.unauthorized(challenge).toException();
        }
    }

    boolean matches(String authorization) {
        String given = presented(authorization);
        // Comparing digests with isEqual takes the same time whatever the token and whatever is presented, so
        // neither the position of the first wrong character nor the token's length leaks through timing.
        return given != null && MessageDigest.isEqual(Sha256.digest(given.getBytes(StandardCharsets.UTF_8)), expectedDigest);
    }

    private String presented(String authorization) {
        if (authorization == null) {
            return null;
        }
        String h = authorization.strip();
        if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return h.substring(7).strip();
        }
        if (allowBasic && h.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? null : pair.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
