package sunshine.requests.internal;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import sunshine.shared.PersonalDataCipher;
import sunshine.shared.PhoneIndexBackfill;

/**
 * Migration V14.2: the phone blind index of every application stored before V14, so a search by phone
 * finds old requests too. A Java migration because the index is computed from the decrypted number.
 */
@Component
class V14_2__RequestPhoneIndex extends BaseJavaMigration {

	private final PersonalDataCipher personalData;

	V14_2__RequestPhoneIndex(PersonalDataCipher personalData) {
		this.personalData = personalData;
	}

	@Override
	public void migrate(Context context) throws Exception {
		PhoneIndexBackfill.fill(context.getConnection(), personalData, "disclosure_request");
	}
}
