package org.lcp.library;

import java.util.List;
import org.lcp.api.model.LibraryAudience;
import org.lcp.api.model.LibraryKind;
import org.lcp.api.model.LibraryVersion;
import org.lcp.common.web.Times;

/** Library items and versions as the API shows them. */
final class LibraryMapper {

  private LibraryMapper() {}

  static org.lcp.api.model.LibraryItem toApi(
      LibraryItem i,
      String collaborativeTitle,
      String organizationName,
      LibraryItemVersion current,
      String currentSha256,
      long downloads,
      long opens,
      boolean mayEdit) {
    return new org.lcp.api.model.LibraryItem()
        .id(i.id)
        .collaborativeId(i.collaborativeId)
        .collaborativeTitle(collaborativeTitle)
        .kind(LibraryKind.fromValue(i.kind.name()))
        .title(i.title)
        .description(i.description)
        .tags(i.tags == null ? List.of() : List.of(i.tags))
        .audience(LibraryAudience.fromValue(i.audience.name()))
        .organizationId(i.organizationId)
        .organizationName(organizationName)
        .url(i.url)
        ._file(current == null ? null : version(current, currentSha256))
        .callId(i.callId)
        .downloads(downloads)
        .opens(opens)
        .createdByName(i.createdByName)
        .mayEdit(mayEdit)
        .createdAt(Times.utc(i.createdAt))
        .updatedAt(Times.utc(i.updatedAt));
  }

  static LibraryVersion version(LibraryItemVersion v, String sha256) {
    return new LibraryVersion()
        .number(v.number)
        .fileName(v.fileName)
        .contentType(v.contentType)
        .sizeBytes(v.sizeBytes)
        .sha256(sha256 == null ? "" : sha256)
        .note(v.note)
        .createdByName(v.createdByName)
        .createdAt(Times.utc(v.createdAt));
  }
}
