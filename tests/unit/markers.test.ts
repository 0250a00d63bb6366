import { describe, expect, it } from 'vitest';
import { markerSegments } from '../../src/lib/markers.ts';

describe('markers in redacted text', () => {
	it('splits text into plain runs and the markers screening and moderators leave', () => {
		expect(markerSegments('Call me on [phone], I live at [address].')).toEqual([
			{ text: 'Call me on ' },
			{ marker: 'phone' },
			{ text: ', I live at ' },
			{ marker: 'address' },
			{ text: '.' }
		]);
		expect(markerSegments('[name][removed]')).toEqual([{ marker: 'name' }, { marker: 'removed' }]);
	});

	it('leaves brackets that are not markers as they are', () => {
		expect(markerSegments('[hello] [Phone] [ phone ]')).toEqual([{ text: '[hello] [Phone] [ phone ]' }]);
		expect(markerSegments('')).toEqual([]);
	});
});
