package org.lcp.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.lcp.consultation.CallArchived;

/**
 * The call archive's recordings and slides as library items: each archive write creates, updates or
 * (when a link was removed) deletes the call's RECORDING and SLIDES links, in the archive's own
 * transaction, so that an archive and its library items never disagree. A webinar's links are new
 * items of audience NETWORK (every signed-in person), any other call's of audience MEMBERS; a link
 * updated keeps the audience it has (a steward may have changed it).
 */
@ApplicationScoped
public class CallLibraryLinks {

  private final LibraryService library;

  public CallLibraryLinks(LibraryService library) {
    this.library = library;
  }

  void on(@Observes CallArchived e) {
    // a webinar was open to the network: so is what it leaves behind
    LibraryItem.Audience audience =
        e.openToNetwork() ? LibraryItem.Audience.NETWORK : LibraryItem.Audience.MEMBERS;
    library.callLink(
        e.actor(),
        e.collaborativeId(),
        e.callId(),
        LibraryItem.CallRole.RECORDING,
        e.recordingUrl(),
        e.title(),
        e.description(),
        audience);
    library.callLink(
        e.actor(),
        e.collaborativeId(),
        e.callId(),
        LibraryItem.CallRole.SLIDES,
        e.slidesUrl(),
        e.title(),
        e.description(),
        audience);
  }
}
