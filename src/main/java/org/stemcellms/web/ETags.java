package org.stemcellms.web;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags of items, derived from the row's version and creation time (so a record deleted and created
 * again never reuses an old tag), and the {@code If-Match} precondition that every change must carry
 * (RFC 9110 section 13.1.1, RFC 6585 for 428).
 */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private ETags() {
    }

    public static String of(long version, Instant createdAt) {
        return "\"" + token(version, createdAt) + "\"";
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
            // a GET's ETag adds a representation part after the record's: "1.hogsz1azv6.x7Kp2..."
            String tag = matcher.group(2);
            if (matcher.group(1) == null && (tag.equals(current) || tag.startsWith(current + "."))) {
                return;
            }
            position = matcher.end();
        }
        throw new ApiException(412, Problem.ABOUT_BLANK, "Precondition Failed",
                "The record has changed since the ETag in If-Match; its current ETag is " + of(currentVersion, createdAt)
                        + ". GET it again, reapply your change and retry.", List.of());
    }
}
