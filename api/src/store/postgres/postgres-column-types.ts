import {
  type ColumnDataType,
  type ColumnDefinitionNode,
  DataTypeNode,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/** SQLite's storage classes in PostgreSQL terms: integers hold sizes past 2^31, blobs are bytea. */
const POSTGRES_TYPES: Partial<Record<ColumnDataType, ColumnDataType>> = {
  integer: 'bigint',
  blob: 'bytea',
  real: 'double precision',
};

class ColumnTypeTransformer extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node);
    // SQLite's `integer primary key autoincrement` is a bigserial here.
    return column.autoIncrement
      ? { ...column, autoIncrement: undefined, dataType: DataTypeNode.create('bigserial') }
      : column;
  }

  protected override transformDataType(node: DataTypeNode): DataTypeNode {
    const mapped = POSTGRES_TYPES[node.dataType];
    return mapped ? DataTypeNode.create(mapped) : node;
  }
}

/**
 * Lets the migrations, written once with SQLite's column types, create the same schema on
 * PostgreSQL. Used on the owner connection that runs them, nowhere else.
 */
export function createPostgresColumnTypes(): KyselyPlugin {
  const transformer = new ColumnTypeTransformer();
  return {
    transformQuery: (args: PluginTransformQueryArgs): RootOperationNode =>
      transformer.transformNode(args.node),
    transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => args.result,
  };
}
