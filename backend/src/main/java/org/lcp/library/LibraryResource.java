package org.lcp.library;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.lcp.api.LibraryApi;
import org.lcp.api.model.LibraryItemUpdate;
import org.lcp.api.model.LibraryKind;
import org.lcp.api.model.LibraryLinkInput;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** The resource library and a community's usage report: parse, call the service, answer. */
@Authenticated
public class LibraryResource implements LibraryApi {

  static final int MAX_TAGS = 10;
  static final int MAX_TAG_LENGTH = 50;

  private final Actors actors;
  private final LibraryService library;
  private final CommunityUsageService usage;
  private final PublicUrl urls;

  public LibraryResource(
      Actors actors, LibraryService library, CommunityUsageService usage, PublicUrl urls) {
    this.actors = actors;
    this.library = library;
    this.usage = usage;
    this.urls = urls;
  }

  @Override
  public Response listLibraryItems(
      UUID collaborativeId,
      Integer page,
      Integer size,
      String q,
      List<String> tag,
      LibraryKind kind) {
    return Responses.ok(
        library.list(actors.current(), collaborativeId, q, tags(tag), kind, page, size));
  }

  @Override
  public Response listNetworkLibraryItems(
      Integer page, Integer size, String q, List<String> tag, LibraryKind kind, Boolean network) {
    return Responses.ok(
        library.listNetwork(
            actors.current(), q, tags(tag), kind, Boolean.TRUE.equals(network), page, size));
  }

  /**
   * The {@code tag} query parameter within the contract's limits (10 tags of 50 characters),
   * checked here before anything is looked up: the generated interface's constraints on a list's
   * elements are not applied to the query parameter.
   */
  static List<String> tags(List<String> tag) {
    if (tag == null) {
      return null;
    }
    if (tag.size() > MAX_TAGS) {
      throw ApiException.invalid(
          List.of(
              new Violation("tag", "query", "at most " + MAX_TAGS + " tags, not " + tag.size())));
    }
    for (String t : tag) {
      if (t != null && t.length() > MAX_TAG_LENGTH) {
        throw ApiException.invalid(
            List.of(
                new Violation(
                    "tag", "query", "a tag has at most " + MAX_TAG_LENGTH + " characters")));
      }
    }
    return tag;
  }

  @Override
  public Response listLibraryTags(UUID collaborativeId) {
    return Responses.ok(library.tags(actors.current(), collaborativeId));
  }

  @Override
  public Response createLibraryLink(UUID collaborativeId, LibraryLinkInput input) {
    var created = library.createLink(actors.current(), collaborativeId, input);
    return Responses.created(location(urls, created.body().getId()), created);
  }

  @Override
  public Response createNetworkLibraryLink(LibraryLinkInput input) {
    var created = library.createLink(actors.current(), null, input);
    return Responses.created(location(urls, created.body().getId()), created);
  }

  @Override
  public Response getLibraryItem(UUID itemId) {
    return Responses.ok(library.get(actors.current(), itemId));
  }

  @Override
  public Response updateLibraryItem(UUID itemId, LibraryItemUpdate input, String ifMatch) {
    return Responses.ok(library.update(actors.current(), itemId, ifMatch, input));
  }

  @Override
  public Response deleteLibraryItem(UUID itemId, String ifMatch) {
    library.delete(actors.current(), itemId, ifMatch);
    return Response.noContent().build();
  }

  @Override
  public Response listLibraryItemVersions(UUID itemId) {
    return Responses.ok(library.versions(actors.current(), itemId));
  }

  @Override
  public Response downloadLibraryItem(UUID itemId, Integer version) {
    LibraryService.Download d = library.download(actors.current(), itemId, version);
    StreamingOutput body = out -> library.copy(d.blobId(), out);
    return Response.ok(body, d.contentType())
        .header("Content-Disposition", disposition(d.fileName()))
        .header("Content-Length", d.size())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @Override
  public Response openLibraryLink(UUID itemId) {
    return Responses.ok(library.open(actors.current(), itemId));
  }

  @Override
  public Response getCommunityUsage(UUID collaborativeId, String from, String to) {
    return Responses.ok(usage.report(actors.current(), collaborativeId, from, to));
  }

  @Override
  public Response exportCommunityUsage(UUID collaborativeId, String from, String to) {
    var report = usage.report(actors.current(), collaborativeId, from, to);
    return Response.ok(usage.csv(report), "text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"community-usage-"
                + report.getFrom()
                + "-"
                + report.getTo()
                + ".csv\"")
        .build();
  }

  static URI location(PublicUrl urls, UUID itemId) {
    return urls.of("api", "library", "items", itemId.toString());
  }

  /** attachment; an ASCII fallback name and the UTF-8 name (RFC 6266, RFC 8187). */
  static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
