package org.lcp.consultation;

import java.util.UUID;
import org.lcp.common.security.Actor;

/**
 * A call's archive entry was written (fired synchronously, inside the transaction that wrote it):
 * the library keeps the recording and the slides as LINK items of the collaborative's library.
 *
 * @param title what the call was: its topic and date
 * @param recordingUrl the recording's link, null when the archive has none (any earlier one goes)
 * @param slidesUrl the slides' link, null when none
 * @param openToNetwork the call was a webinar, open to the whole network: its recording and slides
 *     become items of audience NETWORK (those of other calls: MEMBERS)
 */
public record CallArchived(
    Actor actor,
    UUID collaborativeId,
    UUID callId,
    String title,
    String description,
    String recordingUrl,
    String slidesUrl,
    boolean openToNetwork) {}
