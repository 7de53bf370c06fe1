/**
 * Official documents (公文与告知书): renders a letter — the issuing agency, title, document number,
 * addressee, paragraphs, signature and date — to PDF (openhtmltopdf, from the Thymeleaf template
 * {@code templates/documents/letter.html}, with the Song-style CJK TrueType font bundled in the jar
 * under {@code documents/fonts}, so output never depends on the host's fonts) and to Word
 * ({@code .docx}, Apache POI). Any module may render its notices here: {@code requests} (登记回执,
 * 补正告知书, 答复书 …), later {@code petitions} and {@code reporting}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents 公文", allowedDependencies = "shared")
package sunshine.documents;
