import { type AdequacyDataFile } from './adequacy-data-file';

/** The shipped adequacy data file as read at start (its version and "as of" date travel with every assessment). */
export class ShippedAdequacyData {
  constructor(readonly file: AdequacyDataFile) {}
}
