package org.lcp.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders every e-mail with Qute (src/main/resources/templates/mail): a plain-text and an HTML part
 * in one layout, with the link back into the web client ({@code lcp.web-url}) and the unsubscribe
 * link.
 */
@ApplicationScoped
public class MailComposer {

  /** One rendered e-mail. */
  record Rendered(String subject, String text, String html) {}

  /** One notification in a digest. */
  @io.quarkus.qute.TemplateData
  public record DigestItem(String title, String body, String link, String when) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Template notificationText;
  private final Template notificationHtml;
  private final Template digestText;
  private final Template digestHtml;
  private final String webUrl;

  public MailComposer(Engine engine, @ConfigProperty(name = "lcp.web-url") String webUrl) {
    this.notificationText = engine.getTemplate("mail/notification.txt");
    this.notificationHtml = engine.getTemplate("mail/notification.html");
    this.digestText = engine.getTemplate("mail/digest.txt");
    this.digestHtml = engine.getTemplate("mail/digest.html");
    this.webUrl = webUrl.endsWith("/") ? webUrl : webUrl + "/";
  }

  /** The web client's page to unsubscribe with this token (works signed out). */
  String unsubscribePage(String token) {
    return webUrl + "unsubscribe?token=" + token;
  }

  /** A path of the web client as an absolute URL; null stays null. */
  String web(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return path;
    }
    return webUrl + (path.startsWith("/") ? path.substring(1) : path);
  }

  Rendered notification(Notify n, String unsubscribeUrl) {
    String topic = Topics.of(n.kind());
    Map<String, Object> data = common(List.of(topic), unsubscribeUrl);
    data.put("subject", n.title());
    data.put("title", n.title());
    data.put("body", n.body());
    data.put("paragraphs", Arrays.stream(n.body().split("\\n\\s*\\n")).toList());
    data.put("link", web(n.link()));
    return new Rendered(n.title(), render(notificationText, data), render(notificationHtml, data));
  }

  Rendered digest(
      Delivery period, List<String> topics, List<DigestItem> items, String unsubscribeUrl) {
    Map<String, Object> data = common(topics, unsubscribeUrl);
    String every = period == Delivery.WEEKLY_DIGEST ? "weekly" : "daily";
    String subject =
        "Your "
            + every
            + " summary: "
            + items.size()
            + (items.size() == 1 ? " notification" : " notifications");
    data.put("subject", subject);
    data.put("period", every);
    data.put("count", items.size());
    data.put("topicLabels", data.get("topicLabel"));
    data.put("items", items);
    return new Rendered(subject, render(digestText, data), render(digestHtml, data));
  }

  static String when(Instant at) {
    return WHEN.format(at);
  }

  private Map<String, Object> common(List<String> topics, String unsubscribeUrl) {
    Map<String, Object> data = new HashMap<>();
    data.put("webUrl", webUrl);
    data.put("unsubscribeUrl", unsubscribeUrl);
    data.put("topicLabel", topics.stream().map(Topics::label).collect(Collectors.joining(", ")));
    return data;
  }

  private static String render(Template t, Map<String, Object> data) {
    var instance = t.instance();
    data.forEach(instance::data);
    return instance.render();
  }
}
