package sunshine.disclosure;

/** A 索引号 as assigned: the text, and the year and running number it was made from. */
public record IndexNumber(String value, int year, int sequence) {
}
