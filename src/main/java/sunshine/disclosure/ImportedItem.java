package sunshine.disclosure;

import java.util.List;

/** An item taken over from an existing catalogue, already published on the given channels. */
public record ImportedItem(ItemContent content, List<ChannelPublication> publications) {

	public ImportedItem {
		publications = List.copyOf(publications);
		if (publications.isEmpty()) {
			throw new IllegalArgumentException("disclosure.error.noChannel");
		}
	}

	public java.time.LocalDate firstPublishedOn() {
		return publications.stream().map(ChannelPublication::getPublishedOn).min(java.util.Comparator.naturalOrder())
				.orElseThrow();
	}
}
