package org.stemcellms.web.caching;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;

/**
 * Entity tags of items, derived from the row's version and creation time (so a record deleted and created
 * again never reuses an old tag), and the {@code If-Match} precondition that every change must carry
 * (RFC 9110 section 13.1.1, RFC 6585 for 428).
 */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");
    /** Between an item's part of a tag and its representation's: "1.hogsz1azv6" + "." + "x7Kp2". */
    private static final String REPRESENTATION = ".";

    private ETags() {
    }

    public static String of(long version, Instant createdAt) {
        return "\"" + token(version, createdAt) + "\"";
    }

    /**
     * The ETag of one representation: the item's tag (if the answer is about one item) with the representation's part
     * after it ("1.hogsz1azv6.x7Kp2"), so that If-Match on a write, which compares the item's part, takes a GET's ETag.
     */
    public static String withRepresentation(String itemTag, String representation) {
        return itemTag == null ? "\"" + representation + "\""
                : itemTag.substring(0, itemTag.length() - 1) + REPRESENTATION + representation + "\"";
    }

    /** Whether a list of tags (If-Match) names {@code etag}, by the strong comparison: a weak tag never matches. */
    public static boolean strongMatch(String header, String etag) {
        return matches(header, etag, false);
    }

    /** Whether a list of tags (If-None-Match) names {@code etag}, by the weak comparison: W/ is ignored. */
    public static boolean weakMatch(String header, String etag) {
        return matches(header, etag, true);
    }

    /**
     * The tag of a list (If-None-Match) that names this representation, whole or as the last part of an item's tag
     * (see {@link #withRepresentation}), by the weak comparison; null when none does.
     */
    public static String naming(String header, String representation) {
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            String opaque = trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
            if (opaque.equals("\"" + representation + "\"") || opaque.endsWith(REPRESENTATION + representation + "\"")) {
                return opaque;
            }
        }
        return null;
    }

    private static boolean matches(String header, String etag, boolean weak) {
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if ((weak && trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String token(long version, Instant createdAt) {
        long micros = createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1_000;
        return version + "." + Long.toString(micros, 36);
    }

    /**
     * Throws 428 when {@code ifMatch} is missing (or {@code *}, which would not protect against a lost
     * update), 412 when none of its strong tags is the current version.
     */
    public static void requireMatch(String ifMatch, long currentVersion, Instant createdAt) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ApiException(428, Problem.ABOUT_BLANK, "Precondition Required",
                    "Send If-Match with the ETag of the version you are changing (from a GET of the item), so that no one else's "
                            + "change is overwritten.", List.of());
        }
        String current = token(currentVersion, createdAt);
        Matcher matcher = TAG.matcher(ifMatch);
        int position = 0;
        while (matcher.find(position) && matcher.start() == position) {
            // If-Match uses the strong comparison: a weak tag never matches
            // a GET's ETag adds a representation part after the record's (withRepresentation)
            String tag = matcher.group(2);
            if (matcher.group(1) == null && (tag.equals(current) || tag.startsWith(current + REPRESENTATION))) {
                return;
            }
            position = matcher.end();
        }
        throw new ApiException(412, Problem.ABOUT_BLANK, "Precondition Failed",
                "The record has changed since the ETag in If-Match; its current ETag is " + of(currentVersion, createdAt)
                        + ". GET it again, reapply your change and retry.", List.of());
    }
}
