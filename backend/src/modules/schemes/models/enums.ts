import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../common/graphql-enum.js';
import { ACTION_KINDS, THEMES } from '../../../domain/scheme/action.js';

// The domain's vocabulary an action's summary shows, as GraphQL enums with the same values as its JSON.
export const ActionKindEnum = enumOf(ACTION_KINDS);
export const ThemeEnum = enumOf(THEMES);

registerEnumType(ActionKindEnum, { name: 'ActionKind', description: 'The legal instrument of an action' });
registerEnumType(ThemeEnum, { name: 'Theme' });
