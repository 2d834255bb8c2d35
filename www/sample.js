// A sample web paste, written for proselens (MIT): a short article with the page furniture
// a copy from a news site brings along, so the cleanup is visible.
export const SAMPLE = `Skip to content
Home   Towns   Environment   Opinion   Subscribe

We care about your privacy
We and our partners use cookies to measure traffic and show you relevant content. Accept all or manage preferences.

Environment

Ferry town tests a floating wetland to clean its harbour

By Marta Lindqvist | 12 June | 4 min read
Share   Post   Email

The harbour in Kessel Bay has smelled of algae every August for as long as most residents can remember. This summer the town is trying something new: a floating wetland, about the size of two tennis courts, anchored near the old ferry slip.

The wetland is a raft of recycled plastic planted with reeds and irises. Their roots hang into the water, where bacteria living on them break down nitrogen and phosphorus that would otherwise feed the algae. Similar rafts in Baltimore and Singapore have cut nutrient levels in small basins, although results in open water have been mixed.

“We are not promising clear water by September,” said Dr. Ines Okafor, the marine biologist who designed the trial with the harbour board. “What we want to learn is whether the plants survive the winter storms and how much they actually remove.”

The trial costs about €40,000, paid for by a regional climate fund. Volunteers from the sailing club will take water samples twice a week, and the results will be published online at the end of the season.

Some fishermen are sceptical. They worry that the raft will get in the way of boats in a harbour that is already crowded in summer. The board says the raft can be towed to a new spot in a few hours if it causes problems.

Marta Lindqvist is a reporter covering the coast and its towns.

Related stories
Kessel Bay ferry timetable changes for summer
Volunteers clear plastic from the north beach

Get the Coast Weekly newsletter
Enter your email   Sign up

© 2025 Coast Weekly. All rights reserved.

Ferry town tests a floating wetland to clean its harbour
The harbour in Kessel Bay has smelled of algae every August for as long as most residents can remember. This summer the town is trying something new....`;
